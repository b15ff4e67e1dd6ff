package dev.tinta.pipeline;

import dev.tinta.problem.Problem;
import java.util.List;
import java.util.Locale;

/**
 * What a build made.
 *
 * @param posts published posts
 * @param pages HTML pages written
 * @param tags distinct tags
 * @param files all files of the site
 * @param changed files whose bytes changed since the last build
 * @param warnings what the build found worth saying that is no mistake, sorted by file and position
 *     ({@code content/posts/x.md:2:1: warning: ...})
 * @param unusedFiles how many of the warnings name a file under {@code content/} that the build did
 *     not use
 */
public record BuildResult(
    int posts,
    int pages,
    int tags,
    int files,
    int changed,
    long millis,
    List<Problem> warnings,
    int unusedFiles) {

  public BuildResult {
    warnings = List.copyOf(warnings);
  }

  /** A result without warnings. */
  public BuildResult(int posts, int pages, int tags, int files, int changed, long millis) {
    this(posts, pages, tags, files, changed, millis, List.of(), 0);
  }

  /**
   * The one-line summary: {@code Posts 10,000 · Pages 11,234 · Tags 50 · Files 21,300 (12 changed)
   * · 2,345 ms}, then {@code · 3 warnings (2 unused files)} when there are any.
   */
  public String summary() {
    String line =
        String.format(
            Locale.ROOT,
            "Posts %,d · Pages %,d · Tags %,d · Files %,d (%,d changed) · %,d ms",
            posts,
            pages,
            tags,
            files,
            changed,
            millis);
    if (warnings.isEmpty()) {
      return line;
    }
    int n = warnings.size();
    return String.format(
        Locale.ROOT,
        "%s · %,d %s%s",
        line,
        n,
        n == 1 ? "warning" : "warnings",
        unusedFiles == 0
            ? ""
            : String.format(
                Locale.ROOT, " (%,d unused %s)", unusedFiles, unusedFiles == 1 ? "file" : "files"));
  }
}
