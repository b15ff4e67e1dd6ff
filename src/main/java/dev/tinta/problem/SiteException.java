package dev.tinta.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a stage with every user mistake it found, so the user sees them all in one run. */
public final class SiteException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Problems in a stable order: by file, then line, then column. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::message);

  private final transient List<Problem> problems;

  public SiteException(List<Problem> problems) {
    super(problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a SiteException needs at least one problem");
    }
    this.problems = problems.stream().sorted(ORDER).distinct().toList();
  }

  public SiteException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems, sorted by file and position. */
  public List<Problem> problems() {
    return problems;
  }
}
