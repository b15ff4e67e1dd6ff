package dev.tinta.comments;

import java.util.Objects;

/**
 * A comment to add through moderation; every field is untrusted.
 *
 * @param url the author's link, or empty
 * @param parent id of the comment this replies to, or empty
 * @param body Markdown
 */
public record NewComment(String postSlug, String author, String url, String parent, String body) {

  public NewComment {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(parent);
    Objects.requireNonNull(body);
  }
}
