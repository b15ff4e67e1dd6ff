package dev.tinta.model;

import java.util.Map;
import java.util.Objects;

/**
 * A standalone page from {@code content/pages/} (About), published at {@code /<slug>/}.
 *
 * @param file path relative to the site, with forward slashes
 * @param bodyLine 1-based line of the file where the Markdown body starts
 */
public record Page(
    String file,
    String slug,
    String title,
    String lang,
    boolean draft,
    String layout,
    Map<String, Object> extra,
    String markdown,
    int bodyLine) {

  public Page {
    Objects.requireNonNull(file);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(layout);
    Objects.requireNonNull(markdown);
    extra = Map.copyOf(extra);
  }
}
