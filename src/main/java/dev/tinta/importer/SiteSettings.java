package dev.tinta.importer;

import java.util.Objects;

/**
 * The blog's settings found in the source, for the {@code site.yaml} of a new site; empty texts are
 * unknown.
 *
 * @param language BCP 47 tag
 * @param timeZone a zone id such as {@code Asia/Jakarta}
 * @param permalink a tinta permalink pattern, when the source's can be written as one
 */
public record SiteSettings(
    String title,
    String description,
    String baseUrl,
    String language,
    String timeZone,
    String author,
    String permalink) {
  public SiteSettings {
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(baseUrl);
    Objects.requireNonNull(language);
    Objects.requireNonNull(timeZone);
    Objects.requireNonNull(author);
    Objects.requireNonNull(permalink);
  }

  public static SiteSettings none() {
    return new SiteSettings("", "", "", "", "", "", "");
  }
}
