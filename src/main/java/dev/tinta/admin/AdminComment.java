package dev.tinta.admin;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One comment as the moderation pages show it; templates see it as {@code comment}. Every text but
 * {@code bodyHtml} is untrusted and escaped by the template.
 *
 * @param path this comment's path on the server: its page, and the prefix of its actions
 * @param ref {@code SLUG/ID}, the value of its checkbox in bulk actions
 * @param postUrl the post's address on the site, or "" for a post that is not published
 * @param authorUrl an http or https link, or ""
 * @param bodyHtml the body rendered by the site's own renderer and sanitizer
 * @param body the Markdown, for the edit form
 * @param sameNetwork comments of any status from the same {@code ipHash}, this one included (0
 *     without a hash)
 */
public record AdminComment(
    String slug,
    String id,
    String path,
    String ref,
    String postTitle,
    String postUrl,
    String author,
    String authorUrl,
    ZonedDateTime date,
    String status,
    String bodyHtml,
    String body,
    String ipHash,
    int sameNetwork,
    boolean owner,
    String parent) {
  public AdminComment {
    Objects.requireNonNull(slug);
    Objects.requireNonNull(id);
    Objects.requireNonNull(path);
    Objects.requireNonNull(ref);
    Objects.requireNonNull(postTitle);
    Objects.requireNonNull(postUrl);
    Objects.requireNonNull(author);
    Objects.requireNonNull(authorUrl);
    Objects.requireNonNull(date);
    Objects.requireNonNull(status);
    Objects.requireNonNull(bodyHtml);
    Objects.requireNonNull(body);
    Objects.requireNonNull(ipHash);
    Objects.requireNonNull(parent);
  }
}
