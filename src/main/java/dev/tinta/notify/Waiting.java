package dev.tinta.notify;

import dev.tinta.model.Comment;
import java.util.Objects;

/**
 * A pending comment as the mail and the feed list it.
 *
 * @param postTitle the post's title, or its slug when the post is not (or no longer) published
 * @param postUrl the post's absolute URL; empty when unknown
 * @param review the signed link to the comment's moderation page
 */
record Waiting(Comment comment, String postTitle, String postUrl, String review) {
  Waiting {
    Objects.requireNonNull(comment);
    Objects.requireNonNull(postTitle);
    Objects.requireNonNull(postUrl);
    Objects.requireNonNull(review);
  }
}
