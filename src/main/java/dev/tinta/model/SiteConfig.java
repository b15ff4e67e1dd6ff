package dev.tinta.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The site's settings from {@code site.yaml}.
 *
 * @param baseUrl absolute, ending in {@code /}; every absolute link is resolved against it
 * @param language BCP 47 tag of the site ({@code id}, {@code en}); posts may override it
 * @param permalink post URL pattern with {@code :year :month :day :slug}, such as {@code
 *     /:year/:month/:slug/}
 * @param extra keys templates may read that tinta itself does not use
 */
public record SiteConfig(
    String title,
    String description,
    URI baseUrl,
    String language,
    ZoneId timeZone,
    Author author,
    String permalink,
    int pageSize,
    int feedSize,
    CommentSettings comments,
    Map<String, Object> extra) {

  public static final String DEFAULT_PERMALINK = "/:year/:month/:slug/";

  public SiteConfig {
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(baseUrl);
    Objects.requireNonNull(language);
    Objects.requireNonNull(timeZone);
    Objects.requireNonNull(author);
    Objects.requireNonNull(permalink);
    Objects.requireNonNull(comments);
    if (!baseUrl.isAbsolute() || !baseUrl.getPath().endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must be absolute and end in /: " + baseUrl);
    }
    if (pageSize < 1 || feedSize < 1) {
      throw new IllegalArgumentException("pageSize and feedSize must be positive");
    }
    extra = Map.copyOf(extra);
  }

  /** Settings for a site with no {@code site.yaml} values. */
  public static SiteConfig defaults() {
    return new SiteConfig(
        "My blog",
        "",
        URI.create("http://localhost:1313/"),
        "en",
        ZoneId.of("UTC"),
        new Author("", ""),
        DEFAULT_PERMALINK,
        10,
        20,
        CommentSettings.defaults(),
        Map.of());
  }

  /** The site language as a {@link Locale}. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** The same settings with another base URL (the {@code --base-url} flag). */
  public SiteConfig withBaseUrl(URI url) {
    return new SiteConfig(
        title,
        description,
        url,
        language,
        timeZone,
        author,
        permalink,
        pageSize,
        feedSize,
        comments,
        extra);
  }

  /**
   * An absolute URL for a site path such as {@code /2010/08/x/}, with non-ASCII characters
   * percent-encoded.
   */
  public String absolute(String sitePath) {
    String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    try {
      return baseUrl.resolve(new URI(null, null, relative, null)).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a site path: " + sitePath, e);
    }
  }
}
