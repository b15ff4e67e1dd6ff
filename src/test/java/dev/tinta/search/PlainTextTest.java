package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.pipeline.ExampleSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextTest {
  static String text(String html) {
    return PlainText.of(html).strip().replaceAll("[\\s\u00a0]+", " ");
  }

  @Test
  void blockTagsSeparateWordsAndInlineTagsDoNot() {
    assertThat(text("<p>one</p><p>two<br>three</p><ul><li>net<em>work</em>ing</li></ul>"))
        .isEqualTo("one two three networking");
  }

  @Test
  void referencesAreDecoded() {
    assertThat(text("<p>Tom &amp; Jerry &lt;3 caf&eacute; &#8220;x&#x201d; &nbsp;y</p>"))
        .isEqualTo("Tom & Jerry <3 café “x” y");
  }

  @Test
  void scriptsStylesAndCommentsAreLeftOut() {
    assertThat(
            text(
                "<p>a1</p><script>var x = '<p>no</p>';</script><STYLE>p{}</STYLE>"
                    + "<!-- hidden --><p>b2</p><script src=\"x.js\"></SCRIPT>c3"))
        .isEqualTo("a1 b2 c3");
  }

  @Test
  void quotedAttributesMayHoldAngleBrackets() {
    assertThat(text("<a title=\"a > b\" href='x>y'>link</a> after <img alt=\"<p>\">"))
        .isEqualTo("link after");
  }

  @Test
  void aLessThanSignThatOpensNoTagIsText() {
    assertThat(text("<p>1 < 2 and 3 <= 4</p>")).isEqualTo("1 < 2 and 3 <= 4");
  }

  /**
   * Over every page of the example blog: the words are jsoup's (a real HTML parser), only our scan
   * never runs inline elements' words together.
   */
  @Test
  void givesTheSameWordsAsJsoupOverTheExampleBlog(@TempDir Path tmp) throws IOException {
    ExampleSite.build(tmp, 2);
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(tmp)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(10);
    for (Path page : pages) {
      Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
      doc.select("script, style").remove();
      String body = doc.body().html();
      assertThat(TokensTest.keys(PlainText.of(body)))
          .as(page.toString())
          .isEqualTo(TokensTest.keys(Jsoup.parse(body).body().text()));
    }
  }
}
