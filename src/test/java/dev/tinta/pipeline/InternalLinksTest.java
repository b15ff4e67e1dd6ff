package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every link, image and stylesheet on every page of a built site points at a file of the site, and
 * every {@code #fragment} at an element of the target page: no page refers to a path outside the
 * site's base path.
 */
class InternalLinksTest {
  @TempDir Path tmp;

  @Test
  void exampleSiteHasNoBrokenInternalLinks() throws IOException {
    Path out = tmp.resolve("example");
    ExampleSite.build(out, 2);
    assertThat(brokenLinks(out, "")).isEmpty();
  }

  @Test
  void siteBelowAPathHasNoBrokenInternalLinks() throws IOException {
    Path out = tmp.resolve("small");
    new SiteBuilder(2)
        .build(
            BuildOptions.of(FixtureSiteGoldenTest.input("small"))
                .withOutput(out)
                .withClock(ExampleSite.CLOCK));
    assertThat(brokenLinks(out, "/blog")).isEmpty();
  }

  /** "page: url (why)" for every reference that leads nowhere. */
  static List<String> brokenLinks(Path out, String root) throws IOException {
    SortedMap<String, byte[]> files = FileTrees.read(out);
    Map<String, Document> pages = new HashMap<>();
    for (String f : files.keySet()) {
      if (f.endsWith(".html")) {
        pages.put(f, Jsoup.parse(new String(files.get(f), StandardCharsets.UTF_8)));
      }
    }
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (var page : pages.entrySet()) {
      String pageUrl = root + "/" + page.getKey().replaceFirst("(^|/)index\\.html$", "$1");
      for (Element e : page.getValue().select("a[href], link[href], img[src], script[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        URI uri = URI.create(ref);
        if (uri.getScheme() != null || ref.startsWith("//")) {
          continue;
        }
        checked++;
        URI target = URI.create(pageUrl).resolve(uri);
        String path = URLDecoder.decode(target.getRawPath(), StandardCharsets.UTF_8);
        if (!path.startsWith(root + "/")) {
          broken.add(page.getKey() + ": " + ref + " (outside " + root + "/)");
          continue;
        }
        String file = path.substring(root.length() + 1);
        file = file.isEmpty() || file.endsWith("/") ? file + "index.html" : file;
        if (!files.containsKey(file)) {
          broken.add(page.getKey() + ": " + ref + " (no " + file + ")");
        } else if (target.getFragment() != null
            && pages.containsKey(file)
            && pages.get(file).getElementById(target.getFragment()) == null) {
          broken.add(page.getKey() + ": " + ref + " (no id " + target.getFragment() + ")");
        }
      }
    }
    assertThat(checked).as("links checked").isGreaterThan(100);
    return broken;
  }

  @Test
  void brokenLinksAreFound() throws IOException {
    Path out = tmp.resolve("fake");
    Files.createDirectories(out.resolve("a"));
    StringBuilder html = new StringBuilder("<p id=\"top\">");
    for (int i = 0; i < 101; i++) {
      html.append("<a href=\"/blog/a/\">ok</a>");
    }
    html.append(
        "<a href=\"/about/\">x</a><a href=\"/blog/a/#nope\">y</a>"
            + "<a href=\"b/\">z</a><a href=\"https://example.org/\">ext</a></p>");
    Files.writeString(out.resolve("a/index.html"), html);
    assertThat(brokenLinks(out, "/blog"))
        .containsExactly(
            "a/index.html: /about/ (outside /blog/)",
            "a/index.html: /blog/a/#nope (no id nope)",
            "a/index.html: b/ (no a/b/index.html)");
  }
}
