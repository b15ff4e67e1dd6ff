package dev.tinta.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * How a list of problems is printed: at most {@link #LIMIT} compiler-style lines, then {@code and N
 * more}, so a broken site of 100,000 files does not flood the terminal (issue #11).
 */
public final class ProblemReport {
  /** Problems printed before the rest are only counted. */
  public static final int LIMIT = 100;

  private ProblemReport() {}

  /** The lines to print: the first {@link #LIMIT} problems, then {@code and N more} if any. */
  public static List<String> lines(List<Problem> problems) {
    List<String> out = new ArrayList<>(Math.min(problems.size(), LIMIT) + 1);
    for (Problem p : problems.subList(0, Math.min(problems.size(), LIMIT))) {
      out.add(p.format());
    }
    if (problems.size() > LIMIT) {
      out.add("and " + (problems.size() - LIMIT) + " more");
    }
    return out;
  }

  /** The count: {@code 1 error}, {@code 2 errors, 1 warning}, {@code 3 warnings}. */
  public static String count(List<Problem> problems) {
    long warnings = problems.stream().filter(Problem::isWarning).count();
    long errors = problems.size() - warnings;
    String e = errors + (errors == 1 ? " error" : " errors");
    String w = warnings + (warnings == 1 ? " warning" : " warnings");
    if (warnings == 0) {
      return e;
    }
    return errors == 0 ? w : e + ", " + w;
  }
}
