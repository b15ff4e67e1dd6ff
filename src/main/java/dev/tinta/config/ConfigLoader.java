package dev.tinta.config;

import dev.tinta.model.Author;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.HeadingIds;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.problem.SiteException;
import dev.tinta.yaml.YamlMap;
import dev.tinta.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code site.yaml} into a {@link SiteConfig}; every mistake is reported at file:line:col.
 * The site's own settings are read here; {@code comments:} by {@link CommentsReader}, {@code menu:}
 * by {@link MenuReader}.
 */
public final class ConfigLoader {
  /** The config file's name in the site folder. */
  public static final String FILE = "site.yaml";

  private static final Set<String> KEYS =
      Set.of(
          "title",
          "description",
          "base_url",
          "language",
          "time_zone",
          "author",
          "permalink",
          "page_size",
          "tag_page_size",
          "feed_size",
          "comments",
          "params",
          "heading_ids",
          "menu",
          "search",
          "max_file_size");

  private ConfigLoader() {}

  /**
   * Loads {@code site.yaml} from the site folder; a site without one gets {@link
   * SiteConfig#defaults()}.
   *
   * @throws SiteException with every problem in the file
   */
  public static SiteConfig load(Path siteDir) {
    Path file = siteDir.resolve(FILE);
    if (!Files.exists(file)) {
      return SiteConfig.defaults();
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new SiteException(Problem.inFile(FILE, "not valid UTF-8 text"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return parse(text);
  }

  /** Parses the text of a {@code site.yaml}. */
  public static SiteConfig parse(String text) {
    Problems problems = new Problems();
    Optional<YamlMap> yaml = new YamlReader().readMap(FILE, text, 0, problems);
    problems.throwIfAny();
    SiteConfig config = read(yaml.orElseThrow(), problems);
    problems.throwIfAny();
    return config;
  }

  private static SiteConfig read(YamlMap y, Problems problems) {
    SiteConfig d = SiteConfig.defaults();
    KnownKeys.check(
        y, "", KEYS::contains, KnownKeys.hint(KEYS) + "; put your own under 'params'", problems);
    SiteConfig.Builder site = SiteConfig.builder();
    y.text("title").ifPresent(site::title);
    y.text("description").ifPresent(site::description);
    y.text("base_url").flatMap(s -> baseUrl(y, s)).ifPresent(site::baseUrl);
    y.text("language").filter(s -> validLanguage(y, "language", s)).ifPresent(site::language);
    ZoneId zone = y.text("time_zone").flatMap(s -> zone(y, s)).orElse(d.timeZone());
    site.timeZone(zone);
    y.map("author")
        .map(a -> new Author(a.text("name").orElse(""), a.text("about").orElse("")))
        .ifPresent(site::author);
    y.text("permalink").filter(p -> validPermalink(y, p)).ifPresent(site::permalink);
    y.integer("page_size", 1, 1000).ifPresent(site::pageSize);
    y.integer("tag_page_size", 1, 10_000).ifPresent(site::tagPageSize);
    y.integer("feed_size", 1, 1000).ifPresent(site::feedSize);
    site.comments(
        y.map("comments")
            .map(c -> CommentsReader.read(c, problems))
            .orElse(CommentSettings.defaults())
            .withTimeZone(zone));
    y.map("params").map(p -> p.plain(Set.of())).ifPresent(site::extra);
    y.text("heading_ids").flatMap(s -> headingIds(y, s)).ifPresent(site::headingIds);
    site.menu(MenuReader.read(y));
    y.bool("search").ifPresent(site::search);
    y.text("max_file_size").flatMap(s -> fileSize(y, s)).ifPresent(site::maxFileSize);
    return problems.isEmpty() ? site.build() : d;
  }

  private static final Pattern SIZE =
      Pattern.compile("([0-9]{1,10})\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

  /** {@code 10MB}, {@code 512 KB}, {@code 2000000} (bytes); a kilobyte is 1,024 bytes. */
  private static Optional<Long> fileSize(YamlMap y, String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (m.matches()) {
      String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
      int shift =
          switch (unit) {
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            default -> 0;
          };
      long bytes = Long.parseLong(m.group(1)) << shift;
      // a file is read into one array: at most 2 GB - 1
      if (bytes >= 1 && bytes < Integer.MAX_VALUE) {
        return Optional.of(bytes);
      }
    }
    y.report(
        "max_file_size",
        "'" + text + "' is not a file size from 1 byte to under 2 GB",
        "max_file_size: 10MB (B, KB, MB or GB; a KB is 1,024 bytes)");
    return Optional.empty();
  }

  private static Optional<HeadingIds> headingIds(YamlMap y, String text) {
    for (HeadingIds style : HeadingIds.values()) {
      if (style.key().equals(text)) {
        return Optional.of(style);
      }
    }
    y.report(
        "heading_ids",
        "'" + text + "' is not a style of heading ids",
        "heading_ids: github (GitHub's ids) or tinta (tinta's first style)");
    return Optional.empty();
  }

  private static Optional<URI> baseUrl(YamlMap y, String text) {
    String hint = "base_url: https://blog.example.org/";
    try {
      URI uri = new URI(text.endsWith("/") ? text : text + "/");
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && ("http".equals(scheme) || "https".equals(scheme))) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    y.report("base_url", "'base_url' must be an absolute http or https URL", hint);
    return Optional.empty();
  }

  private static Optional<ZoneId> zone(YamlMap y, String text) {
    try {
      return Optional.of(ZoneId.of(text));
    } catch (DateTimeException e) {
      y.report("time_zone", "'" + text + "' is not a time zone", "time_zone: Asia/Jakarta");
      return Optional.empty();
    }
  }

  /** Checks a BCP 47 tag, reporting it at {@code key} when it is not well formed. */
  static boolean validLanguage(YamlMap y, String key, String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      y.report(key, "'" + tag + "' is not a BCP 47 language tag", key + ": id");
      return false;
    }
  }

  private static boolean validPermalink(YamlMap y, String p) {
    if (p.startsWith("/") && p.endsWith("/") && p.contains(":slug")) {
      // a misspelt placeholder (":yeab") or a character no URL path holds made an internal
      // error when the first post's URL was made (#11 fuzz, seed 5c47c2e6bb092e19)
      java.util.regex.Matcher unknown =
          java.util.regex.Pattern.compile(":(?!(year|month|day|slug)(?![a-z_]))[a-z_]*").matcher(p);
      if (unknown.find()) {
        y.report(
            "permalink",
            "'permalink' has '" + unknown.group() + "', which is not :year, :month, :day or :slug",
            "permalink: /:year/:month/:slug/");
        return false;
      }
      String sample =
          p.replace(":year", "2010")
              .replace(":month", "08")
              .replace(":day", "31")
              .replace(":slug", "slug");
      try {
        java.net.URI uri = new java.net.URI(sample);
        if (uri.getRawQuery() == null
            && uri.getRawFragment() == null
            && !sample.contains("/../")
            && !sample.contains("/./")) {
          return true;
        }
      } catch (java.net.URISyntaxException e) {
        // reported below
      }
      y.report(
          "permalink",
          "'permalink' must be a URL path (no spaces, ?, # or ..)",
          "permalink: /:year/:month/:slug/");
      return false;
    }
    y.report(
        "permalink",
        "'permalink' must start and end with / and contain :slug",
        "permalink: /:year/:month/:slug/");
    return false;
  }
}
