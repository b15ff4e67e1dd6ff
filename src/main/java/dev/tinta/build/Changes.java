package dev.tinta.build;

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

  /** Classifies changed files: settings and templates affect every page. */
  static Changes of(Set<String> files) {
    boolean all = files.stream().anyMatch(f -> f.equals("site.yaml") || f.startsWith("templates/"));
    return new Changes(all, files);
  }

  boolean comments() {
    return everything || files.stream().anyMatch(f -> f.startsWith("content/comments/"));
  }

  boolean content() {
    return everything || files.stream().anyMatch(f -> f.startsWith("content/posts/")
        || f.startsWith("content/pages/"));
  }
}
