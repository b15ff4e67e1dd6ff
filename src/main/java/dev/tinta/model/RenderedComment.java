package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * An approved comment ready for templates: sanitized body, validated link, its replies nested.
 *
 * @param number 1-based position in the post's thread, in display order
 * @param authorUrl an http or https URL, or empty: never anything else
 * @param bodyHtml sanitized HTML, safe to emit unescaped
 * @param depth 0 for a top-level comment
 * @param owner written by the blog's owner: marked as the author's
 */
public record RenderedComment(
    String id,
    int number,
    String author,
    String authorUrl,
    ZonedDateTime date,
    String bodyHtml,
    int depth,
    List<RenderedComment> replies,
    boolean owner) {

  public RenderedComment {
    Objects.requireNonNull(id);
    Objects.requireNonNull(author);
    Objects.requireNonNull(authorUrl);
    Objects.requireNonNull(date);
    Objects.requireNonNull(bodyHtml);
    replies = List.copyOf(replies);
  }
}
