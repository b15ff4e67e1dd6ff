package dev.tinta.check;

import dev.tinta.problem.Problem;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@link LinkChecker} found.
 *
 * @param pages HTML pages checked
 * @param internalLinks references to the site itself that were checked
 * @param problems broken links and anchors, by file and position; empty when every link resolves
 * @param external external URLs (never fetched), each with how many references name it
 * @param otherSchemes references with another scheme ({@code mailto:}, {@code data:}...), unchecked
 */
public record LinkReport(
    int pages,
    int internalLinks,
    List<Problem> problems,
    SortedMap<String, Integer> external,
    int otherSchemes) {

  public LinkReport {
    problems = List.copyOf(problems);
    external = Collections.unmodifiableSortedMap(new TreeMap<>(external));
  }

  /** True when no internal link or anchor is broken. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** One line: {@code 21 pages, 634 internal links, 0 broken; 22 external URLs (not fetched)}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "%,d pages, %,d internal links, %,d broken; %,d external URLs (not fetched)",
        pages,
        internalLinks,
        problems.size(),
        external.size());
  }
}
