package dev.tinta.config;

import dev.tinta.model.Author;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.HeadingIds;
import dev.tinta.model.IntakeSettings;
import dev.tinta.model.NotifySettings;
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

  private static final Set<String> COMMENT_KEYS =
      Set.of("max_body_length", "max_author_length", "max_depth", "endpoint", "intake", "notify");

  private static final Set<String> INTAKE_KEYS =
      Set.of(
          "min_seconds", "max_age_hours", "per_minute", "per_day", "per_hour_total", "max_links");

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
    for (String key : y.keys()) {
      if (!KEYS.contains(key)) {
        var at = y.keyPosition(key);
        problems.add(
            Problem.at(FILE, at.line(), at.column(), "unknown key '" + key + "'")
                .withHint(
                    "known keys: "
                        + String.join(", ", KEYS.stream().sorted().toList())
                        + "; put your own under 'params'"));
      }
    }
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
            .map(c -> comments(c, problems))
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

  private static CommentSettings comments(YamlMap c, Problems problems) {
    CommentSettings d = CommentSettings.defaults();
    unknownKeys(c, "comments.", COMMENT_KEYS, problems);
    String endpoint = c.text("endpoint").flatMap(s -> endpoint(c, s)).orElse(d.endpoint());
    IntakeSettings intake = c.map("intake").map(i -> intake(i, problems)).orElse(d.intake());
    NotifySettings notify =
        c.map("notify")
            .map(n -> NotifyReader.read(n, endpoint, problems))
            .orElse(d.notifications());
    return new CommentSettings(
        c.integer("max_body_length", 1, 1_000_000).orElse(d.maxBodyLength()),
        c.integer("max_author_length", 1, 1000).orElse(d.maxAuthorLength()),
        c.integer("max_depth", 1, 50).orElse(d.maxDepth()),
        endpoint,
        intake,
        notify);
  }

  private static IntakeSettings intake(YamlMap i, Problems problems) {
    IntakeSettings d = IntakeSettings.defaults();
    unknownKeys(i, "comments.intake.", INTAKE_KEYS, problems);
    int maxAgeHours = i.integer("max_age_hours", 1, 24 * 365).orElse(d.maxAgeHours());
    int minSeconds = i.integer("min_seconds", 0, 3600).orElse(d.minSeconds());
    if (minSeconds >= maxAgeHours * 3600) {
      i.report("min_seconds", "'min_seconds' must be below max_age_hours", "min_seconds: 3");
      minSeconds = d.minSeconds();
    }
    return new IntakeSettings(
        minSeconds,
        maxAgeHours,
        i.integer("per_minute", 1, 1_000_000).orElse(d.perMinute()),
        i.integer("per_day", 1, 1_000_000).orElse(d.perDay()),
        i.integer("per_hour_total", 1, 1_000_000).orElse(d.perHourTotal()),
        i.integer("max_links", 0, 1000).orElse(d.maxLinks()));
  }

  private static void unknownKeys(YamlMap y, String prefix, Set<String> known, Problems problems) {
    for (String key : y.keys()) {
      if (!known.contains(key)) {
        var at = y.keyPosition(key);
        problems.add(
            Problem.at(FILE, at.line(), at.column(), "unknown key '" + prefix + key + "'")
                .withHint("known keys: " + String.join(", ", known.stream().sorted().toList())));
      }
    }
  }

  /** The intake server's public URL: absolute http(s), no query or fragment, ending in /. */
  private static Optional<String> endpoint(YamlMap y, String text) {
    String hint = "endpoint: https://comments.example.org/";
    if (text.isBlank()) {
      return Optional.of("");
    }
    try {
      URI uri = new URI(text.strip().endsWith("/") ? text.strip() : text.strip() + "/");
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null
          && ("http".equals(scheme) || "https".equals(scheme))) {
        return Optional.of(uri.toASCIIString());
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    y.report("endpoint", "'comments.endpoint' must be an absolute http or https URL", hint);
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
