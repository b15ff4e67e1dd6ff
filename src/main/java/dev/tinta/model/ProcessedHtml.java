package dev.tinta.model;

import java.util.List;
import java.util.Objects;

/**
 * A post or page body after the HTML passes.
 *
 * @param html the body, with heading anchors and rewritten links
 * @param excerptHtml up to {@code <!--more-->}, else the first paragraph
 * @param excerptText the excerpt as plain text (for meta descriptions and feeds)
 * @param images the local images the body shows, in order, once each: a body stays valid while they
 *     stay the same
 */
public record ProcessedHtml(
    String html,
    List<TocEntry> toc,
    String excerptHtml,
    String excerptText,
    int wordCount,
    int readingMinutes,
    List<SizedImage> images) {

  public ProcessedHtml {
    Objects.requireNonNull(html);
    Objects.requireNonNull(excerptHtml);
    Objects.requireNonNull(excerptText);
    toc = List.copyOf(toc);
    images = List.copyOf(images);
  }

  /** A body that shows no local image. */
  public ProcessedHtml(
      String html,
      List<TocEntry> toc,
      String excerptHtml,
      String excerptText,
      int wordCount,
      int readingMinutes) {
    this(html, toc, excerptHtml, excerptText, wordCount, readingMinutes, List.of());
  }
}
