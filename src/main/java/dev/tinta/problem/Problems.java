package dev.tinta.problem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one stage, safe to share between threads; {@link #throwIfAny()} ends the
 * stage with one {@link SiteException} holding them all when one of them is an error. The same
 * problem added twice (two checks finding one mistake) is kept once.
 */
public final class Problems {
  private final Set<Problem> list = new LinkedHashSet<>();

  public synchronized void add(Problem problem) {
    list.add(problem);
  }

  public synchronized void addAll(List<Problem> problems) {
    list.addAll(problems);
  }

  public synchronized boolean isEmpty() {
    return list.isEmpty();
  }

  /** Whether any problem is an error (not a warning). */
  public synchronized boolean hasErrors() {
    return list.stream().anyMatch(p -> !p.isWarning());
  }

  public synchronized List<Problem> list() {
    return List.copyOf(list);
  }

  /**
   * Throws one exception carrying every problem collected so far (warnings too), if any of them is
   * an error.
   */
  public synchronized void throwIfAny() {
    if (hasErrors()) {
      throw new SiteException(List.copyOf(list));
    }
  }
}
