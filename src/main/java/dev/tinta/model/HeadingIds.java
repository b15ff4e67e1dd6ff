package dev.tinta.model;

import java.util.Locale;

/** How headings get their ids ({@code heading_ids} in {@code site.yaml}). */
public enum HeadingIds {
  /**
   * tinta's first style, kept for sites that have no {@code heading_ids}: accents folded, every run
   * of other characters one dash ({@code tl;dr} becomes {@code tl-dr}), repeats get {@code -2}.
   */
  TINTA,
  /**
   * GitHub's (and Hugo's {@code github} style): lower case, every character but letters, digits,
   * marks, {@code _}, {@code -} and spaces dropped, each space a dash ({@code tl;dr} becomes {@code
   * tldr}), repeats get {@code -1}, {@code -2}.
   */
  GITHUB;

  /** The name {@code site.yaml} uses. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
