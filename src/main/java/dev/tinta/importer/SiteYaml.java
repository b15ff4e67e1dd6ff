package dev.tinta.importer;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The {@code site.yaml} of a site made by an import, from the settings the source gave. */
final class SiteYaml {
  private SiteYaml() {}

  /** The file's text; settings tinta cannot use are left out with a warning. */
  static String of(SiteSettings s, List<String> warnings) {
    Map<String, Object> y = new LinkedHashMap<>();
    y.put("title", s.title().isBlank() ? "My blog" : s.title());
    if (!s.description().isBlank()) {
      y.put("description", s.description());
    }
    // base_url stays tinta's default: the site is not at the old address until it is deployed
    // there, and links to the old address must not count as links into the new site before that
    if (!s.language().isBlank()) {
      try {
        y.put(
            "language", new Locale.Builder().setLanguageTag(s.language()).build().toLanguageTag());
      } catch (IllformedLocaleException e) {
        warnings.add(
            "site.yaml: the source's language '"
                + s.language()
                + "' is not a BCP 47 tag; left out");
      }
    }
    if (!s.timeZone().isBlank()) {
      try {
        y.put("time_zone", ZoneId.of(s.timeZone()).getId());
      } catch (DateTimeException e) {
        warnings.add(
            "site.yaml: the source's time zone '" + s.timeZone() + "' is unknown; left out");
      }
    }
    if (!s.author().isBlank()) {
      y.put("author", Map.of("name", s.author()));
    }
    String p = s.permalink();
    if (p.startsWith("/") && p.endsWith("/") && p.contains(":slug")) {
      y.put("permalink", p);
    }
    return "# Made by tinta import; see README.md for every key.\n" + YamlText.of(y);
  }
}
