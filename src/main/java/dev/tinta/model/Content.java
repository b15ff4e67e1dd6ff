package dev.tinta.model;

import dev.tinta.problem.Problem;
import java.util.List;

/**
 * Everything read from {@code content/}: posts (newest first) and pages (by slug), with what the
 * reading found worth a warning.
 *
 * @param warnings warnings about the sources (front-matter keys tinta does not use, files it does
 *     not read), sorted by file and position
 * @param unusedFiles how many of the warnings name a file under {@code content/} that no post, page
 *     or comment file is read from
 */
public record Content(List<Post> posts, List<Page> pages, List<Problem> warnings, int unusedFiles) {
  public Content {
    posts = List.copyOf(posts);
    pages = List.copyOf(pages);
    warnings = List.copyOf(warnings);
  }

  /** Content without warnings. */
  public Content(List<Post> posts, List<Page> pages) {
    this(posts, pages, List.of(), 0);
  }
}
