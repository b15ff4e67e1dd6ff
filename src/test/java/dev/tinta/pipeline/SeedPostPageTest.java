package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page of the seed post (the original blog page in {@code /work/shared/seed/}) as a reader sees
 * it: language, date header, title, quote, source line, sidebar, and every paragraph of the
 * original text in order.
 */
class SeedPostPageTest {
  static final String PAGE = "2010/08/another-insight-about-networking/index.html";
  static final String QUOTE =
      "“Networking adalah soal menjalin hubungan dari orang-orang yang kita"
          + " kenal dengan orang-orang yang mereka kenal dengan cara yang terorganisasi, untuk maksud"
          + " yang spesifik, dengan tetap berkomitmen melakukan bagian yang kita lakukan, tanpa"
          + " mengharapkan imbalan apapun.”";

  @TempDir static Path out;
  static Document page;

  @BeforeAll
  static void build() throws IOException {
    ExampleSite.build(out, 2);
    page = Jsoup.parse(out.resolve(PAGE).toFile(), "UTF-8");
  }

  @Test
  void isIndonesian() {
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("id");
  }

  @Test
  void headerHasDateAndTitle() {
    Element header = page.selectFirst("main article.post > header");
    assertThat(header.select("p.date-header").eachText())
        .containsExactly("Selasa, 31 Agustus 2010");
    assertThat(header.selectFirst("p.date-header time").attr("datetime"))
        .isEqualTo("2010-08-31T09:12:00+07:00");
    assertThat(page.select("h1").eachText()).containsExactly("Another Insight About Networking");
  }

  @Test
  void quoteKeepsItsAttribution() {
    Elements quotes = page.select("main .post-body blockquote");
    assertThat(quotes).hasSize(1);
    Element quote = quotes.first();
    assertThat(quote.children()).hasSize(1);
    assertThat(quote.child(0).tagName()).isEqualTo("p");
    assertThat(quote.text()).isEqualTo(QUOTE + " (Donna Fisher dan Sandy Vilas)");
    assertThat(quote.select("cite").eachText()).containsExactly("(Donna Fisher dan Sandy Vilas)");
  }

  @Test
  void sourceLineLinksToTheOriginal() {
    Elements source = page.select("main article.post p.source");
    assertThat(source.eachText())
        .containsExactly("Di kutip dari : www.isi-semarang.com/news/fullnews.php?id=12");
    Elements links = source.first().select("a");
    assertThat(links).hasSize(1);
    assertThat(links.first().attr("href"))
        .isEqualTo("http://www.isi-semarang.com/news/fullnews.php?id=12");
    assertThat(links.first().text()).isEqualTo("www.isi-semarang.com/news/fullnews.php?id=12");
  }

  @Test
  void sidebarStartsWithAboutMeAndHasTheArchive() {
    List<String> headings = page.select("aside.sidebar > section.widget > h2").eachText();
    assertThat(headings).first().isEqualTo("Mengenai Saya");
    assertThat(headings).containsSubsequence("Mengenai Saya", "Arsip Blog");
    assertThat(page.select("aside.sidebar .widget.about .author-name").eachText())
        .containsExactly("Marissa");
  }

  /**
   * Every paragraph of the seed text is a paragraph of the body, in order; the seed's two lines
   * "Dari perspektif ini, kekuatan …" and "Dari perspektif ini pula, …" are one paragraph with a
   * line break.
   */
  @Test
  void bodyHoldsEveryParagraphOfTheSeedInOrder() throws IOException {
    List<List<String>> expected = seedParagraphs();
    assertThat(expected.stream().mapToInt(List::size).sum()).isEqualTo(9);

    List<List<String>> actual = new ArrayList<>();
    for (Element p : page.select("main .post-body p")) {
      actual.add(linesOf(p));
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** Blank-line separated paragraphs of the seed text, each as its lines, whitespace normalized. */
  static List<List<String>> seedParagraphs() throws IOException {
    String text;
    try (InputStream in =
        SeedPostPageTest.class.getResourceAsStream(
            "/golden/seed/another-insight-about-networking.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String body =
        text.lines().filter(l -> !l.startsWith("#")).reduce((a, b) -> a + "\n" + b).orElseThrow();
    List<List<String>> paragraphs = new ArrayList<>();
    for (String block : body.strip().split("\n\\s*\n")) {
      paragraphs.add(Arrays.stream(block.split("\n")).map(SeedPostPageTest::normalize).toList());
    }
    return paragraphs;
  }

  /** The text of a paragraph split at its {@code <br>}s, whitespace normalized. */
  static List<String> linesOf(Element p) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    collect(p, current, lines);
    lines.add(normalize(current.toString()));
    return lines;
  }

  private static void collect(Node node, StringBuilder current, List<String> lines) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode t) {
        current.append(t.getWholeText());
      } else if (child instanceof Element e && e.tagName().equals("br")) {
        lines.add(normalize(current.toString()));
        current.setLength(0);
      } else {
        collect(child, current, lines);
      }
    }
  }

  static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
