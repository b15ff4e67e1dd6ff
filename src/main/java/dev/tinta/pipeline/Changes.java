package dev.tinta.pipeline;

import java.util.Set;

/**
 * What changed since the last build, in site-relative paths with forward slashes.
 *
 * @param everything nothing may be reused (a first build, or settings or templates changed)
 * @param files changed, created or deleted files
 */
record Changes(boolean everything, Set<String> files) {
  Changes {
    files = Set.copyOf(files);
  }

  static Changes all() {
    return new Changes(true, Set.of());
  }

  /**
   * Classifies changed paths (files or folders): settings and templates affect every page; the site
   * folder itself, or an empty path, means anything may have changed.
   */
  static Changes of(Set<String> files) {
    boolean all =
        files.stream()
            .anyMatch(
                f ->
                    f.isEmpty()
                        || f.equals(".")
                        || f.equals("site.yaml")
                        || touches(f, "templates"));
    return new Changes(all, files);
  }

  boolean comments() {
    return everything || files.stream().anyMatch(f -> touches(f, "content/comments"));
  }

  /**
   * Whether posts or pages must be read again: a change anywhere under {@code content/} but a
   * comment file may be a new source, or a file the build does not use (issue #11: each such file
   * gets a warning).
   */
  boolean content() {
    return everything || files.stream().anyMatch(f -> touches(f, "content") && !isCommentFile(f));
  }

  private static boolean isCommentFile(String path) {
    String dir = "content/comments/";
    return path.startsWith(dir) && path.indexOf('/', dir.length()) < 0 && path.endsWith(".yaml");
  }

  /** Whether a changed path lies in {@code folder}, or is that folder or one above it. */
  static boolean touches(String path, String folder) {
    return path.equals(folder) || path.startsWith(folder + "/") || folder.startsWith(path + "/");
  }
}
