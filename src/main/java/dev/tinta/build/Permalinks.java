package dev.tinta.build;

import dev.tinta.model.Post;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Post URLs from the permalink pattern ({@code /:year/:month/:slug/}) in the site's zone. */
final class Permalinks {
  private final String pattern;
  private final ZoneId zone;

  Permalinks(String pattern, ZoneId zone) {
    this.pattern = pattern;
    this.zone = zone;
  }

  String of(Post post) {
    ZonedDateTime d = post.date().withZoneSameInstant(zone);
    return pattern
        .replace(":year", String.format("%04d", d.getYear()))
        .replace(":month", String.format("%02d", d.getMonthValue()))
        .replace(":day", String.format("%02d", d.getDayOfMonth()))
        .replace(":slug", post.slug());
  }

  /** The output file of a site path: {@code /a/b/} becomes {@code a/b/index.html}. */
  static String file(String url) {
    String p = url.startsWith("/") ? url.substring(1) : url;
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }
}
