package dev.tinta.importer;

import dev.tinta.model.Slug;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Small conversions every importer needs: titles, slugs, dates, paths of old URLs, bodies. */
final class Texts {
  private Texts() {}

  /**
   * A title as plain text. Exports often escape titles twice ({@code Tom &amp;amp; Jerry} arrives
   * as {@code Tom &amp; Jerry}); entities left after XML decoding are decoded once more.
   */
  static String title(String raw, boolean html) {
    String text = html ? Jsoup.parse(raw).text() : raw;
    if (text.indexOf('&') >= 0) {
      text = Parser.unescapeEntities(text, false);
    }
    return text.strip().replaceAll("\\s+", " ");
  }

  /** A slug from a name, else from the title, else {@code fallback}. */
  static String slug(String name, String title, String fallback) {
    String s = Slug.of(name);
    if (s.isEmpty()) {
      s = Slug.of(title);
    }
    if (s.length() > 80) {
      s = s.substring(0, 80).replaceAll("-+$", "");
    }
    return s.isEmpty() ? fallback : s;
  }

  /** The file name of a URL path without its extension: {@code /2010/08/x.html} gives {@code x}. */
  static String baseName(String path) {
    String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    String name = p.substring(p.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * The path of an absolute or root-relative URL ({@code http://x.blogspot.com/2010/08/a.html}
   * gives {@code /2010/08/a.html}), percent-decoded; empty when there is none.
   */
  static Optional<String> path(String url) {
    if (url.isBlank()) {
      return Optional.empty();
    }
    try {
      java.net.URI u = new java.net.URI(url.strip());
      String p = u.getPath();
      return p == null || p.isEmpty() || p.equals("/") ? Optional.empty() : Optional.of(p);
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * Old URLs as the site paths of {@code aliases}, each once, in order; those that cannot be one
   * are left out.
   */
  static List<String> aliases(List<String> urls) {
    return urls.stream().map(Texts::aliasPath).flatMap(Optional::stream).distinct().toList();
  }

  /** An old URL as a site path for {@code aliases}, or empty when it cannot be one. */
  static Optional<String> aliasPath(String url) {
    String u = url.strip();
    if (u.startsWith("http://") || u.startsWith("https://")) {
      return path(u);
    }
    if (!u.startsWith("/")
        || u.contains("?")
        || u.contains("#")
        || u.contains("..")
        || u.contains(":")) {
      return Optional.empty();
    }
    String last = u.substring(u.lastIndexOf('/') + 1);
    return Optional.of(last.isEmpty() || last.contains(".") ? u : u + "/");
  }

  /** A body that ends in a line break, as a Markdown file should. */
  static String withFinalNewline(String body) {
    return body.endsWith("\n") ? body : body + "\n";
  }

  /** An RFC 3339 date-time with its own offset, to the second; empty when it is not one. */
  static Optional<ZonedDateTime> offsetDate(String text) {
    try {
      return Optional.of(
          OffsetDateTime.parse(text.strip()).truncatedTo(ChronoUnit.SECONDS).toZonedDateTime());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A date-time in {@code zone}: a UTC time ({@code Z}) is moved into the zone, so a reader sees
   * the local date; a time with another offset keeps it.
   */
  static Optional<ZonedDateTime> localDate(String text, ZoneId zone) {
    return offsetDate(text)
        .map(d -> d.getOffset().getTotalSeconds() == 0 ? d.withZoneSameInstant(zone) : d);
  }
}
