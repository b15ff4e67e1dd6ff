package dev.tinta.pipeline;

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
 * @param warnings what the build found worth saying that is no mistake, one compiler-style line
 *     each ({@code content/posts/x.md: warning: ...})
 */
public record BuildResult(
    int posts, int pages, int tags, int files, int changed, long millis, List<String> warnings) {

  public BuildResult {
    warnings = List.copyOf(warnings);
  }

  /** A result without warnings. */
  public BuildResult(int posts, int pages, int tags, int files, int changed, long millis) {
    this(posts, pages, tags, files, changed, millis, List.of());
  }

  /** The one-line summary: {@code Posts 10,000 · Pages 11,234 · Tags 50 · 2,345 ms}. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "Posts %,d · Pages %,d · Tags %,d · Files %,d (%,d changed) · %,d ms",
        posts,
        pages,
        tags,
        files,
        changed,
        millis);
  }
}
