package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentXssTest;
import dev.tinta.comments.SafeHtml;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every vector of {@code comments/xss-vectors.txt} in every text field of a stored comment (author,
 * link, body) renders inert in the moderation pages: parsed with jsoup, no element that runs or
 * loads anything, no event handler, no script URL, only the pages' own forms, bodies as the site's
 * sanitizer leaves them, and authors shown as the text they are.
 */
class AdminXssTest {
  private static final String FORBIDDEN =
      "script, iframe, frame, frameset, object, embed, applet, style, svg, math, img, image, video,"
          + " audio, source, base, isindex";

  @TempDir Path tmp;

  /** A YAML double-quoted scalar with everything but printable ASCII escaped. */
  private static String quoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.chars()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
              } else if (c >= 0x20 && c < 0x7f) {
                out.append((char) c);
              } else {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
              }
            });
    return out.append('"').toString();
  }

  @Test
  void everyVectorInEveryFieldIsInertInTheAdminPages() throws Exception {
    List<String> vectors = CommentXssTest.vectors();
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i < vectors.size(); i++) {
      String v = vectors.get(i);
      yaml.append("- id: c").append(i + 1).append('\n');
      yaml.append("  author: ").append(quoted("A " + v)).append('\n');
      yaml.append("  url: ").append(quoted(v)).append('\n');
      yaml.append("  date: 2026-02-01T10:").append(String.format("%02d", i % 60)).append(":00Z\n");
      yaml.append("  status: pending\n");
      yaml.append("  ip_hash: \"0123456789abcdef\"\n");
      yaml.append("  body: ").append(quoted("B " + v)).append('\n');
    }
    AdminSite site = AdminSite.write(tmp.resolve("site"), yaml.toString());
    site.file(
        "site.yaml",
        site.read("site.yaml").replace("  endpoint:", "  max_author_length: 1000\n  endpoint:"));
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    try (site) {
      site.start(clock, false, () -> {}, () -> Optional.of(vectors.get(0)));
      site.signIn();
      List<String> pages = new ArrayList<>(List.of("/admin"));
      for (int i = 1; i <= vectors.size(); i += 7) {
        pages.add("/admin/c/open/c" + i);
      }
      for (String path : pages) {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        Document doc = Jsoup.parse(r.body());
        assertInert(doc);
        for (Element body : doc.select(".comment-body")) {
          SafeHtml.assertSafeBody(body.html());
        }
      }
      Document queue = Jsoup.parse(site.get("/admin").body());
      assertThat(queue.select(".admin-card")).hasSize(vectors.size());
      // authors are shown as the text they are (cleaned to one line, as the site shows them)
      assertThat(queue.select(".admin-card .comment-author").eachText())
          .allSatisfy(a -> assertThat(a).startsWith("A"));
      assertThat(queue.select(".admin-card a.comment-author").eachAttr("href"))
          .allSatisfy(h -> assertThat(SafeHtml.squeezed(h)).matches("https?://.*"));
    }
  }

  private static void assertInert(Document doc) {
    assertThat(doc.select(FORBIDDEN)).as("forbidden elements").isEmpty();
    for (Element form : doc.select("form")) {
      assertThat(form.attr("action")).startsWith("/admin");
    }
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key).as("attribute of <%s>", el.tagName()).doesNotStartWith("on");
        assertThat(key).isNotIn("style", "srcdoc");
        if (SafeHtml.URL_ATTRIBUTES.contains(key)) {
          assertThat(SafeHtml.squeezed(a.getValue()))
              .as("%s=%s", key, a.getValue())
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("data:");
        }
        if (key.equals("formaction")) {
          assertThat(a.getValue()).startsWith("/admin/");
        }
      }
    }
    for (Element link : doc.select("link")) {
      assertThat(link.attr("rel")).isIn("stylesheet", "icon", "canonical", "alternate");
    }
  }
}
