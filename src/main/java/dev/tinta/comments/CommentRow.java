package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One comment as the moderation list shows it. Text fields are single lines without control
 * characters, safe to print on a terminal.
 *
 * @param firstLine the body's first non-blank line
 */
public record CommentRow(
    String postSlug,
    String id,
    String author,
    ZonedDateTime date,
    CommentStatus status,
    String firstLine) {

  public CommentRow {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(id);
    Objects.requireNonNull(author);
    Objects.requireNonNull(date);
    Objects.requireNonNull(status);
    Objects.requireNonNull(firstLine);
  }

  static CommentRow of(Comment c) {
    String first = c.body().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    return new CommentRow(
        UntrustedText.line(c.postSlug()),
        c.id(),
        UntrustedText.line(c.author()),
        c.date(),
        c.status(),
        UntrustedText.line(first));
  }
}
