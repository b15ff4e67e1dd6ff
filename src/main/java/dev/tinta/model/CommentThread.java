package dev.tinta.model;

import java.util.List;

/**
 * The published comments of one post: approved top-level comments oldest first, replies nested.
 *
 * @param count approved comments shown, replies included
 */
public record CommentThread(String postSlug, List<RenderedComment> comments, int count) {
  public CommentThread {
    comments = List.copyOf(comments);
  }

  public static CommentThread empty(String postSlug) {
    return new CommentThread(postSlug, List.of(), 0);
  }
}
