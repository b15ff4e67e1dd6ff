package dev.tinta.importer;

import dev.tinta.model.CommentStatus;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A reader comment read from the source; every text is untrusted.
 *
 * @param postId the source id of the post it belongs to
 * @param id the tinta id, made from the source's id ({@code c5590533389087749201})
 * @param parent the tinta id of the comment it answers, or empty
 * @param body Markdown made from the source's HTML or text
 */
public record ImportedComment(
    String postId,
    String id,
    String parent,
    String author,
    String url,
    OffsetDateTime date,
    CommentStatus status,
    String body) {
  public ImportedComment {
    Objects.requireNonNull(postId);
    Objects.requireNonNull(id);
    Objects.requireNonNull(parent);
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(date);
    Objects.requireNonNull(status);
    Objects.requireNonNull(body);
  }
}
