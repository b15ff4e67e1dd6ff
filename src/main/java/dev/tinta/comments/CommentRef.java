package dev.tinta.comments;

import java.util.Objects;
import java.util.Optional;

/** Names one comment as {@code SLUG/ID}: the post's slug and the comment's id in its file. */
public record CommentRef(String postSlug, String id) {

  public CommentRef {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(id);
  }

  /** Parses {@code SLUG/ID} (split at the last slash); empty when either part is missing. */
  public static Optional<CommentRef> parse(String text) {
    int slash = text.lastIndexOf('/');
    if (slash <= 0 || slash == text.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new CommentRef(text.substring(0, slash), text.substring(slash + 1)));
  }

  /** The {@code SLUG/ID} form. */
  @Override
  public String toString() {
    return postSlug + "/" + id;
  }
}
