package dev.tinta.model;

import java.util.Locale;
import java.util.Optional;

/** Moderation state of a reader comment. Only {@link #APPROVED} comments are ever published. */
public enum CommentStatus {
  APPROVED,
  PENDING,
  SPAM,
  REJECTED;

  /** The word used in comment files. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a comment file's word; empty for an unknown one. */
  public static Optional<CommentStatus> of(String word) {
    for (CommentStatus s : values()) {
      if (s.word().equals(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
