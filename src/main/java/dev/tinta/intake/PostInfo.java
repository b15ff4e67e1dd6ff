package dev.tinta.intake;

import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * What the intake server knows of a published post; its pages' templates see it as {@code post}.
 *
 * @param url the post's absolute URL on the site
 * @param lang the post's language: the server's pages and messages for it use it
 */
public record PostInfo(
    String slug, String title, String url, String lang, boolean commentsOpen, ZonedDateTime date) {
  public PostInfo {
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(url);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(date);
  }
}
