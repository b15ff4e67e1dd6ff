package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.RecentComment;
import dev.tinta.model.RenderedComment;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every vector of {@code comments/xss-vectors.txt} in every comment field: the page a template
 * would build is parsed with jsoup and must hold nothing that runs script.
 */
public class CommentXssTest {
  private static final String DATE = "2010-09-01T10:15:00+07:00";

  /** Generous limits, so that long vectors reach the renderer instead of a length error. */
  private static final CommentSettings SETTINGS = new CommentSettings(10_000, 10_000, 5);

  @TempDir Path site;

  public static List<String> vectors() throws IOException {
    try (InputStream in = CommentXssTest.class.getResourceAsStream("/comments/xss-vectors.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      for (String line : text.split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(unescape(line));
        }
      }
      return out;
    }
  }

  private static String unescape(String line) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        switch (next) {
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case '0' -> out.append('\0');
          case '\\' -> out.append('\\');
          default -> out.append(c).append(next);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static Stream<String> vectorStream() throws IOException {
    return vectors().stream();
  }

  @Test
  void theListHoldsAtLeastSixtyVectors() throws IOException {
    assertThat(vectors()).hasSizeGreaterThanOrEqualTo(60).doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @MethodSource("vectorStream")
  void body(String vector) {
    CommentStore store =
        load(TestSite.entry("c1", "Anonim", "https://ok.example/", DATE, "approved", "", vector));

    RenderedComment c = store.thread("post").comments().get(0);
    SafeHtml.assertSafeBody(c.bodyHtml());
    SafeHtml.assertSafePage(page(store));
  }

  @ParameterizedTest
  @MethodSource("vectorStream")
  void author(String vector) {
    CommentStore store =
        load(TestSite.entry("c1", vector, "https://ok.example/", DATE, "approved", "", "Hello."));

    String expected = cleaned(vector);
    assertThat(store.thread("post").comments().get(0).author()).isEqualTo(expected);
    Document page = SafeHtml.assertSafePage(page(store));
    assertThat(page.select("li.comment > .author").first().wholeText()).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("vectorStream")
  void url(String vector) {
    CommentStore store =
        load(TestSite.entry("c1", "Anonim", vector, DATE, "approved", "", "Hello."));

    String url = store.thread("post").comments().get(0).authorUrl();
    if (!url.isEmpty()) {
      URI uri = URI.create(url);
      assertThat(uri.getScheme().toLowerCase(Locale.ROOT)).isIn("http", "https");
      assertThat(uri.getHost()).isNotBlank();
    }
    SafeHtml.assertSafePage(page(store));
  }

  @ParameterizedTest
  @MethodSource("vectorStream")
  void idIsRefused(String vector) {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry(vector, "Anonim", "", DATE, "approved", "", "Hello."));

    assertThatThrownBy(() -> CommentStore.load(site, SETTINGS))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::message)
                    .containsExactly("'id' must be letters, digits, '-' or '_' (at most 64)"));
  }

  @ParameterizedTest
  @MethodSource("vectorStream")
  void parentIsRefused(String vector) {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry("c1", "Anonim", "", DATE, "approved", "", "Hello.")
            + TestSite.entry("c2", "Anonim", "", DATE, "approved", vector, "Reply."));

    assertThatThrownBy(() -> CommentStore.load(site, SETTINGS))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::message)
                    .containsExactly(
                        "parent '" + cleaned(vector) + "' is not a comment in this file"));
  }

  private CommentStore load(String yaml) {
    TestSite.write(site, "content/comments/post.yaml", yaml);
    return CommentStore.load(site, SETTINGS);
  }

  /** The author as the store must give it: one line, no control characters, trimmed. */
  private static String cleaned(String text) {
    return text.replaceAll("[\t\n\r]", " ").replaceAll("\\p{Cc}", "").strip();
  }

  /**
   * The page as a {@code .ftlh} template would write it: text and attributes escaped by jsoup, the
   * sanitized body inserted as HTML ({@code ?no_esc}), then serialized.
   */
  private static String page(CommentStore store) {
    Document doc = Document.createShell("");
    // as written: pretty-printing would reflow text and hide what the template really emits
    doc.outputSettings().prettyPrint(false);
    Element list = doc.body().appendElement("ol");
    addComments(list, store.thread("post").comments());
    Element recent = doc.body().appendElement("ul").addClass("recent");
    for (RecentComment r : store.recent(5)) {
      Element li = recent.appendElement("li");
      li.appendElement("a")
          .attr("href", "/" + r.postSlug() + "/#comment-" + r.id())
          .text(r.author());
      li.appendElement("span").text(r.excerptText());
    }
    return doc.outerHtml();
  }

  private static void addComments(Element list, List<RenderedComment> comments) {
    for (RenderedComment c : comments) {
      Element li = list.appendElement("li").addClass("comment").attr("id", "comment-" + c.id());
      Element author =
          c.authorUrl().isEmpty()
              ? li.appendElement("span")
              : li.appendElement("a")
                  .attr("href", c.authorUrl())
                  .attr("rel", "nofollow ugc noopener");
      author.addClass("author").text(c.author());
      li.appendElement("div").addClass("body").append(c.bodyHtml());
      addComments(li.appendElement("ol"), c.replies());
    }
  }
}
