package dev.tinta.search;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One post as the search index sees it.
 *
 * @param href the link to the post as pages write it (the site's root path included), such as
 *     {@code /2010/08/another-insight-about-networking/}
 * @param lang BCP 47 tag of the post: it chooses the stemmer
 * @param text the post's words as plain text (no markup): body, tags
 * @param excerpt the text shown under the title in the results (summary or first paragraph)
 */
public record SearchDoc(
    String href, String title, ZonedDateTime date, String lang, String text, String excerpt) {
  public SearchDoc {
    Objects.requireNonNull(href);
    Objects.requireNonNull(title);
    Objects.requireNonNull(date);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(text);
    Objects.requireNonNull(excerpt);
  }
}
