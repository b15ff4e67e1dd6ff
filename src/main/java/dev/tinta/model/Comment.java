package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One reader comment as stored in {@code content/comments/<post-slug>.yaml}. Every text field is
 * untrusted input.
 *
 * @param url the author's link as given (validated when rendered); empty when none
 * @param parent id of the comment this replies to; empty for a top-level comment
 * @param body Markdown, untrusted
 * @param file the comments file, relative to the site
 * @param line 1-based line of the entry in that file
 * @param ipHash a keyed hash of the sender's network, set by the intake server; empty when none.
 *     Never published
 * @param owner written by the blog's owner (a reply from the moderation pages, {@code owner: true}
 *     in the file): the site marks it as the author's
 */
public record Comment(
    String postSlug,
    String id,
    String author,
    String url,
    ZonedDateTime date,
    CommentStatus status,
    String parent,
    String body,
    String file,
    int line,
    String ipHash,
    boolean owner) {

  public Comment {
    Objects.requireNonNull(postSlug);
    Objects.requireNonNull(id);
    Objects.requireNonNull(author);
    Objects.requireNonNull(url);
    Objects.requireNonNull(date);
    Objects.requireNonNull(status);
    Objects.requireNonNull(parent);
    Objects.requireNonNull(body);
    Objects.requireNonNull(file);
    Objects.requireNonNull(ipHash);
  }

  /** A comment without an {@code ip_hash} (written by hand, the CLI or an import). */
  public Comment(
      String postSlug,
      String id,
      String author,
      String url,
      ZonedDateTime date,
      CommentStatus status,
      String parent,
      String body,
      String file,
      int line) {
    this(postSlug, id, author, url, date, status, parent, body, file, line, "", false);
  }

  /** The same comment with another status. */
  public Comment withStatus(CommentStatus newStatus) {
    return new Comment(
        postSlug, id, author, url, date, newStatus, parent, body, file, line, ipHash, owner);
  }

  /** The same comment with another body. */
  public Comment withBody(String newBody) {
    return new Comment(
        postSlug, id, author, url, date, status, parent, newBody, file, line, ipHash, owner);
  }

  /** The same comment at another line of its file. */
  public Comment withLine(int newLine) {
    return new Comment(
        postSlug, id, author, url, date, status, parent, body, file, newLine, ipHash, owner);
  }
}
