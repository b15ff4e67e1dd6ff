package dev.tinta.comments;

import dev.tinta.model.Comment;
import java.util.Objects;

/** One valid entry of a comments file with the position of its status value. */
record ParsedEntry(Comment comment, StatusSpan status) {
  ParsedEntry {
    Objects.requireNonNull(comment);
    Objects.requireNonNull(status);
  }
}
