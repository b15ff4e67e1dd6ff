package dev.tinta.quality;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * Gate 2, sitemap: {@code sitemap.xml} against the sitemaps.org 0.9 XML Schema, plus the protocol's
 * prose: every {@code <loc>} an absolute http(s) URL on the site's host naming a page it has, at
 * most 50,000 URLs, no duplicates (a warning).
 */
final class SitemapChecks {
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final int MAX_URLS = 50_000;

  private SitemapChecks() {}

  static List<Finding> check(BuiltSite site, String file) {
    if (!Files.isRegularFile(site.file(file))) {
      return List.of(Finding.error(file, 0, 0, "missing: the site has no sitemap"));
    }
    List<Finding> rules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int[] urls = {0};
    Optional<Finding> malformed =
        StaxReader.walk(
            site.file(file),
            file,
            (XMLStreamReader r, int depth) -> {
              if (depth == 2 && NS.equals(r.getNamespaceURI()) && r.getLocalName().equals("loc")) {
                int line = StaxReader.line(r);
                int column = StaxReader.column(r);
                String loc = r.getElementText().strip();
                urls[0]++;
                if (!loc.matches("(?i)https?://[^/\\s]+(/\\S*)?")) {
                  rules.add(
                      Finding.error(
                          file,
                          line,
                          column,
                          "<loc> \"" + loc + "\" is not an absolute http(s) URL"));
                } else if (!site.isOwn(loc)) {
                  rules.add(
                      Finding.error(
                          file,
                          line,
                          column,
                          "<loc> " + loc + " is not under the site's base URL " + site.baseUrl()));
                } else if (!site.hasPageFor(loc)) {
                  rules.add(
                      Finding.error(
                          file,
                          line,
                          column,
                          "<loc> " + loc + " names a page the site does not have"));
                }
                if (!seen.add(loc)) {
                  rules.add(Finding.warning(file, line, column, "duplicate <loc> " + loc));
                }
              }
            },
            (r, depth) -> {});
    if (malformed.isPresent()) {
      return List.of(malformed.get());
    }
    List<Finding> out = new ArrayList<>(XmlSchemas.validate(site.file(file), file, "sitemap.xsd"));
    out.addAll(rules);
    if (urls[0] > MAX_URLS) {
      out.add(Finding.error(file, 0, 0, urls[0] + " URLs; the protocol allows " + MAX_URLS));
    }
    return out;
  }
}
