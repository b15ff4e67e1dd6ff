package dev.tinta.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * @param headingIds how headings get their ids
 * @param menu the site's navigation, in order; empty for none
 * @param search whether the site has a search page and index ({@code search:} in site.yaml)
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
    int tagPageSize,
    int feedSize,
    CommentSettings comments,
    Map<String, Object> extra,
    HeadingIds headingIds,
    List<MenuItem> menu,
    boolean search,
    long maxFileSize) {

  public static final String DEFAULT_PERMALINK = "/:year/:month/:slug/";

  /** The largest content file read, unless {@code max_file_size} says otherwise: 10 MB. */
  public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

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
    if (pageSize < 1 || tagPageSize < 1 || feedSize < 1) {
      throw new IllegalArgumentException("pageSize, tagPageSize and feedSize must be positive");
    }
    // Map.copyOf would lose the author's order, and its order changes from one JVM run to the next
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    Objects.requireNonNull(headingIds);
    menu = List.copyOf(menu);
    if (maxFileSize < 1) {
      throw new IllegalArgumentException("maxFileSize must be positive");
    }
  }

  /** Settings for a site with no {@code site.yaml} values. */
  public static SiteConfig defaults() {
    return builder().build();
  }

  /** A builder that starts from {@link #defaults()}: set what {@code site.yaml} gives. */
  public static Builder builder() {
    return new Builder();
  }

  /** The site language as a {@link Locale}. */
  public Locale locale() {
    return Locale.forLanguageTag(language);
  }

  /** The same settings with another base URL (the {@code --base-url} flag). */
  public SiteConfig withBaseUrl(URI url) {
    return new Builder(this).baseUrl(url).build();
  }

  /**
   * An absolute URL for a site path such as {@code /2010/08/x/}, with non-ASCII characters
   * percent-encoded.
   */
  public String absolute(String sitePath) {
    String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    if (isPlainPath(relative) && baseUrl.getRawQuery() == null) {
      // the common case, once per page and feed entry: no URI parsing needed
      return baseUrl.toASCIIString() + relative;
    }
    try {
      return baseUrl.resolve(new URI(null, null, relative, null)).toASCIIString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("not a site path: " + sitePath, e);
    }
  }

  /** Whether a relative path has only characters a URL path keeps as they are, and no dots. */
  private static boolean isPlainPath(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_'
              || c == '/'
              || (c == '.' && i > 0 && path.charAt(i - 1) != '/' && path.charAt(i - 1) != '.');
      if (!plain) {
        return false;
      }
    }
    return !path.startsWith(".");
  }

  /** Settings built one value at a time; every value not set is the default. */
  public static final class Builder {
    private String title = "My blog";
    private String description = "";
    private URI baseUrl = URI.create("http://localhost:1313/");
    private String language = "en";
    private ZoneId timeZone = ZoneId.of("UTC");
    private Author author = new Author("", "");
    private String permalink = DEFAULT_PERMALINK;
    private int pageSize = 10;
    private int tagPageSize = 50;
    private int feedSize = 20;
    private CommentSettings comments = CommentSettings.defaults();
    private Map<String, Object> extra = Map.of();
    private HeadingIds headingIds = HeadingIds.TINTA;
    private List<MenuItem> menu = List.of();
    private boolean search;
    private long maxFileSize = DEFAULT_MAX_FILE_SIZE;

    private Builder() {}

    private Builder(SiteConfig from) {
      title = from.title;
      description = from.description;
      baseUrl = from.baseUrl;
      language = from.language;
      timeZone = from.timeZone;
      author = from.author;
      permalink = from.permalink;
      pageSize = from.pageSize;
      tagPageSize = from.tagPageSize;
      feedSize = from.feedSize;
      comments = from.comments;
      extra = from.extra;
      headingIds = from.headingIds;
      menu = from.menu;
      search = from.search;
      maxFileSize = from.maxFileSize;
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder description(String value) {
      description = value;
      return this;
    }

    public Builder baseUrl(URI value) {
      baseUrl = value;
      return this;
    }

    public Builder language(String value) {
      language = value;
      return this;
    }

    public Builder timeZone(ZoneId value) {
      timeZone = value;
      return this;
    }

    public Builder author(Author value) {
      author = value;
      return this;
    }

    public Builder permalink(String value) {
      permalink = value;
      return this;
    }

    public Builder pageSize(int value) {
      pageSize = value;
      return this;
    }

    public Builder tagPageSize(int value) {
      tagPageSize = value;
      return this;
    }

    public Builder feedSize(int value) {
      feedSize = value;
      return this;
    }

    public Builder comments(CommentSettings value) {
      comments = value;
      return this;
    }

    public Builder extra(Map<String, Object> value) {
      extra = value;
      return this;
    }

    public Builder headingIds(HeadingIds value) {
      headingIds = value;
      return this;
    }

    public Builder menu(List<MenuItem> value) {
      menu = value;
      return this;
    }

    public Builder search(boolean value) {
      search = value;
      return this;
    }

    public Builder maxFileSize(long value) {
      maxFileSize = value;
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException when a value breaks the record's rules
     */
    public SiteConfig build() {
      return new SiteConfig(
          title,
          description,
          baseUrl,
          language,
          timeZone,
          author,
          permalink,
          pageSize,
          tagPageSize,
          feedSize,
          comments,
          extra,
          headingIds,
          menu,
          search,
          maxFileSize);
    }
  }
}
