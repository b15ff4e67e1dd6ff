package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.comments.CommentXssTest;
import dev.tinta.comments.NewComment;
import dev.tinta.comments.SafeHtml;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.SiteBuilder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every vector of {@code comments/xss-vectors.txt} in every field a reader sends: what is taken is
 * stored verbatim and rendered harmless by the site build; what is refused comes back in the form
 * page as inert text; the preview renders each as the build would, harmless. Checked by parsing
 * with jsoup, never by looking for substrings.
 */
class IntakeXssIT {
  private static final Pattern JSON_HTML =
      Pattern.compile("\\{\"html\":\"(.*)\"\\}", Pattern.DOTALL);

  @TempDir Path tmp;

  @Test
  void everyVectorInEveryField() throws Exception {
    IntakeSite site =
        IntakeSite.write(
            tmp.resolve("site"),
            "https://comments.example.org/",
            IntakeSite.relaxed() + "\n    max_links: 1000");
    site.file(
        "site.yaml",
        site.read("site.yaml").replace("max_author_length: 40", "max_author_length: 1000"));
    List<String> vectors = CommentXssTest.vectors();
    Map<String, String> storedAuthor = new HashMap<>();
    IntakeOptions options =
        IntakeOptions.of(site.dir())
            .withAddress("127.0.0.1", 0)
            .withSecretFile(Optional.of(tmp.resolve("secret")));
    try (IntakeServer server = IntakeServer.start(options, line -> {})) {
      site.serveAt(server.uri());
      for (String v : vectors) {
        boolean control = v.chars().anyMatch(c -> Character.isISOControl(c));
        boolean bodyControl =
            v.chars()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');

        // author: stored verbatim, or (control characters) refused and echoed inertly
        Map<String, String> f = site.comment(v, "Body for author vector.");
        HttpResponse<String> r = site.postForm("/c/open", f);
        if (control || v.isBlank()) {
          assertThat(r.statusCode()).as(v).isEqualTo(400);
          assertEchoed(r.body(), "author", v);
        } else {
          assertThat(r.statusCode()).as(v).isEqualTo(303);
          storedAuthor.put(v.strip(), v);
        }

        // url: only http(s) URLs are taken; the rest come back as typed
        f = site.comment("Url tester", "Body for url vector.");
        f.put("url", v);
        r = site.postForm("/c/open", f);
        if (r.statusCode() == 400) {
          if (!control) {
            assertEchoed(r.body(), "url", v);
          }
        } else {
          assertThat(r.statusCode()).as(v).isEqualTo(303);
        }

        // body: stored verbatim (line ends normalized), or refused for control characters
        f = site.comment("Body tester", v);
        r = site.postJson("/c/open", f);
        assertThat(r.statusCode()).as(v).isEqualTo(bodyControl || v.isBlank() ? 400 : 202);
        f = site.comment("Body tester", v);
        f.put("author", "");
        r = site.postForm("/c/open", f);
        assertThat(r.statusCode()).isEqualTo(400);
        if (!bodyControl) {
          assertEchoed(r.body(), "body", v);
        }

        // parent: never an approved comment, refused, echoed inertly in the hidden field
        f = site.comment("Parent tester", "Reply.");
        f.put("parent", v);
        r = site.postForm("/c/open", f);
        assertThat(r.statusCode()).isIn(400, 403);
        if (!control) {
          Document doc = assertInertForm(r.body());
          assertThat(doc.select("input[name=parent]").attr("value")).isEqualTo(v.strip());
        }

        // honeypot: stored as spam, answered as any comment
        f = site.comment("Robot", "Honeypot body.");
        f.put("subject", v);
        // (control characters in hidden fields: a broken client, refused like a bad token)
        assertThat(site.postForm("/c/open", f).statusCode()).as(v).isEqualTo(control ? 403 : 303);

        // preview: the build's renderer, harmless
        HttpResponse<String> p = site.postJson("/api/preview", Map.of("body", v));
        if (bodyControl) {
          continue;
        }
        assertThat(p.statusCode()).isEqualTo(200);
        Matcher m = JSON_HTML.matcher(p.body());
        assertThat(m.matches()).as(p.body()).isTrue();
        SafeHtml.assertSafeBody(unjson(p.body()));
      }
    }

    // what was stored is what was sent
    CommentModerator moderator =
        new CommentModerator(
            site.dir(), ConfigLoader.load(site.dir()).comments(), java.time.Clock.systemUTC());
    List<Comment> stored = moderator.comments("open");
    for (Comment c : stored) {
      if (c.author().equals("Body tester")) {
        assertThat(vectors.stream().map(NewComment::normalizedBody)).contains(c.body());
      }
      if (storedAuthor.containsKey(c.author())) {
        assertThat(c.body()).isEqualTo("Body for author vector.\n");
      }
      if (c.author().equals("Robot")) {
        assertThat(c.status()).isEqualTo(CommentStatus.SPAM);
      }
    }
    assertThat(stored.stream().filter(c -> c.author().equals("Body tester")))
        .hasSizeGreaterThan(vectors.size() - 10);

    // published: every stored comment approved, the site built with the form on, and parsed
    List<CommentRef> all = new ArrayList<>();
    stored.stream()
        .filter(c -> c.status() != CommentStatus.APPROVED)
        .forEach(c -> all.add(new CommentRef("open", c.id())));
    moderator.setStatus(all, CommentStatus.APPROVED);
    Path out = tmp.resolve("out");
    new SiteBuilder(2).build(BuildOptions.of(site.dir()).withOutput(out));
    Document page =
        Jsoup.parse(
            Files.readString(out.resolve("2026/01/open/index.html"), StandardCharsets.UTF_8));
    Element list = page.selectFirst("ol.comment-list");
    assertThat(list.select("li.comment")).hasSize(stored.size());
    SafeHtml.assertSafe(Jsoup.parse(list.outerHtml()));
    for (Element li : list.select("li.comment")) {
      SafeHtml.assertSafeBody(li.selectFirst(".comment-body").html());
      Element reply = li.selectFirst("a.comment-reply");
      assertThat(reply.attr("data-author"))
          .isEqualTo(li.selectFirst(".comment-author").wholeText());
    }
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
      }
    }
    assertThat(page.select("script").eachAttr("src")).containsExactly("/comments.js");
  }

  /** The form page with a field echoed: exactly one form, no script, the value as typed. */
  private static void assertEchoed(String html, String field, String value) {
    Document doc = assertInertForm(html);
    String echoed =
        field.equals("body")
            ? doc.selectFirst("#comment-body").wholeText()
            : doc.selectFirst("#comment-" + field).attr("value");
    String expected =
        field.equals("body")
            ? value
                .replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "")
                .replace("\r\n", "\n")
                .replaceFirst("^\n", "")
            : value.replaceAll("\\p{Cc}", "");
    assertThat(echoed.replace("\r\n", "\n")).isEqualTo(expected);
  }

  private static Document assertInertForm(String html) {
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("form")).hasSize(1);
    assertThat(doc.select("input, textarea, button")).hasSize(7);
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        assertThat(a.getKey()).doesNotStartWith("on");
        if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
          assertThat(SafeHtml.squeezed(a.getValue()))
              .doesNotStartWith("javascript:")
              .doesNotStartWith("data:");
        }
      }
    }
    return doc;
  }

  private static String unjson(String json) {
    Matcher m = JSON_HTML.matcher(json);
    m.matches();
    String s = m.group(1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        char n = s.charAt(++i);
        switch (n) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          default -> out.append(n);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
