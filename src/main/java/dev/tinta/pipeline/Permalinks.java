package dev.tinta.pipeline;

import dev.tinta.model.Post;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Post URLs from the permalink pattern ({@code /:year/:month/:slug/}) in the site's zone. Public
 * for {@code tinta import}, which must know where an imported post will live.
 */
public final class Permalinks {
  private final String pattern;
  private final ZoneId zone;

  public Permalinks(String pattern, ZoneId zone) {
    this.pattern = pattern;
    this.zone = zone;
  }

  /** The site path of a post. */
  public String of(Post post) {
    return of(post.date(), post.slug());
  }

  /** The site path of a post with this date and slug. */
  public String of(ZonedDateTime date, String slug) {
    ZonedDateTime d = date.withZoneSameInstant(zone);
    return pattern
        .replace(":year", pad(d.getYear(), 4))
        .replace(":month", pad(d.getMonthValue(), 2))
        .replace(":day", pad(d.getDayOfMonth(), 2))
        .replace(":slug", slug);
  }

  /** {@code n} with leading zeros to {@code width} digits (String.format costs more per post). */
  static String pad(int n, int width) {
    String digits = Integer.toString(n);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
  }

  /** The output file of a site path: {@code /a/b/} becomes {@code a/b/index.html}. */
  static String file(String url) {
    String p = url.startsWith("/") ? url.substring(1) : url;
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }
}
