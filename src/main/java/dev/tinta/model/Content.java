package dev.tinta.model;

import java.util.List;

/** Everything read from {@code content/}: posts (newest first) and pages (by slug). */
public record Content(List<Post> posts, List<Page> pages) {
  public Content {
    posts = List.copyOf(posts);
    pages = List.copyOf(pages);
  }
}
