package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An approved, visible comment for a "recent comments" block: where it is and a short excerpt.
 *
 * @param postSlug the post the comment belongs to
 * @param author the author as plain text (templates escape it)
 * @param excerptText plain text of the sanitized body, at most about 100 characters
 */
public record RecentComment(
    String postSlug, String id, String author, ZonedDateTime date, String excerptText) {

  public RecentComment {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(id);
    Objects.requireNonNull(author);
    Objects.requireNonNull(date);
    Objects.requireNonNull(excerptText);
  }
}
