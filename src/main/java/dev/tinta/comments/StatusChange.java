package dev.tinta.comments;

import dev.tinta.model.CommentStatus;
import java.util.Objects;

/** The outcome of moderating one comment: its status before and after. */
public record StatusChange(CommentRef ref, CommentStatus from, CommentStatus to) {

  public StatusChange {
    Objects.requireNonNull(ref);
    Objects.requireNonNull(from);
    Objects.requireNonNull(to);
  }

  /** False when the comment already had the requested status (its file was not written). */
  public boolean changed() {
    return from != to;
  }
}
