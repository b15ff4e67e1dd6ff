package dev.tinta.model;

import java.util.List;
import java.util.Objects;

/**
 * A post or page body after the HTML passes.
 *
 * @param html the body, with heading anchors and rewritten links
 * @param excerptHtml up to {@code <!--more-->}, else the first paragraph
 * @param excerptText the excerpt as plain text (for meta descriptions and feeds)
 */
public record ProcessedHtml(
    String html,
    List<TocEntry> toc,
    String excerptHtml,
    String excerptText,
    int wordCount,
    int readingMinutes) {

  public ProcessedHtml {
    Objects.requireNonNull(html);
    Objects.requireNonNull(excerptHtml);
    Objects.requireNonNull(excerptText);
    toc = List.copyOf(toc);
  }
}
