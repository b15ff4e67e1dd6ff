package dev.tinta.notify;

import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What the template of a mail link's page ({@code layouts/admin/review.ftlh}) sees besides its
 * {@link dev.tinta.intake.ServerFrame}: the comment with its buttons, or a message saying why the
 * link shows none.
 *
 * @param heading the page's heading and title
 * @param text a message page's text; "" on a comment's page
 * @param comment the comment the link names; empty on a message page
 * @param action where the buttons' form posts (the link's own path)
 * @param notice what the last button did, or ""
 */
public record ReviewPage(
    String heading, String text, Optional<CommentView> comment, String action, String notice) {
  public ReviewPage {
    Objects.requireNonNull(heading);
    Objects.requireNonNull(text);
    Objects.requireNonNull(comment);
    Objects.requireNonNull(action);
    Objects.requireNonNull(notice);
  }

  /**
   * One comment as the page shows it. Author and post title are one cleaned line each, escaped by
   * the template; the body is the site's own rendering, sanitized.
   *
   * @param postUrl the post's address, or "" when it is not published
   * @param status {@code pending}, {@code approved}, {@code spam} or {@code rejected}
   */
  public record CommentView(
      String author,
      ZonedDateTime date,
      String postTitle,
      String postUrl,
      String status,
      String bodyHtml) {
    public CommentView {
      Objects.requireNonNull(author);
      Objects.requireNonNull(date);
      Objects.requireNonNull(postTitle);
      Objects.requireNonNull(postUrl);
      Objects.requireNonNull(status);
      Objects.requireNonNull(bodyHtml);
    }
  }
}
