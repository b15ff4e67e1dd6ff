package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One reader comment as stored in {@code content/comments/<post-slug>.yaml}. Every text field is
 * untrusted input.
 *
 * @param url the author's link as given (validated when rendered); empty when none
 * @param parent id of the comment this replies to; empty for a top-level comment
 * @param body Markdown, untrusted
 * @param file the comments file, relative to the site
 * @param line 1-based line of the entry in that file
 */
public record Comment(
    String postSlug,
    String id,
    String author,
    String url,
    ZonedDateTime date,
    CommentStatus status,
    String parent,
    String body,
    String file,
    int line) {

  public Comment {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(id);
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(date);
    Objects.requireNonNull(status);
    Objects.requireNonNull(parent);
    Objects.requireNonNull(body);
    Objects.requireNonNull(file);
  }
}
