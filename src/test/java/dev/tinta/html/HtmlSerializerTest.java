package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.testing.Soup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link HtmlSerializer} against jsoup itself: for every tree, its output is jsoup's, whether it
 * wrote the tree or handed it back, and the words it counts on the way are {@link WordCount}'s; and
 * it does write what Markdown makes.
 */
class HtmlSerializerTest {

  private static Document parse(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc;
  }

  /** Every element's inner and outer HTML matches jsoup's; returns how many it wrote itself. */
  private static int assertSameAsJsoup(Document doc) {
    int written = 0;
    for (Element e : doc.body().getAllElements()) {
      assertThat(HtmlSerializer.html(e)).as("html() of <%s>", e.tagName()).isEqualTo(e.html());
      assertThat(HtmlSerializer.outerHtml(e))
          .as("outerHtml() of <%s>", e.tagName())
          .isEqualTo(e.outerHtml());
      String fast = HtmlSerializer.write(e, true);
      if (fast != null) {
        assertThat(fast).isEqualTo(e.outerHtml());
        written++;
      }
      WordCount.Counter words = new WordCount.Counter();
      if (HtmlSerializer.write(e, false, words, 1024) != null) {
        assertThat(words.words()).as("words in <%s>", e.tagName()).isEqualTo(WordCount.of(e));
      }
    }
    return written;
  }

  static Stream<Path> markdownFiles() throws IOException {
    List<Path> roots = List.of(Path.of("content"), Path.of("src/test/resources"));
    Stream<Path> all = Stream.empty();
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        List<Path> md = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        all = Stream.concat(all, md.stream());
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markdownFiles")
  void writesWhatMarkdownMakesAsJsoupDoes(Path file) throws IOException {
    String md = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    Document doc = parse(new MarkdownRenderer().render(md));
    // the post-processed body too: ids, anchors, rel and loading attributes
    String processed =
        new HtmlPostProcessor(java.net.URI.create("https://example.org/"))
            .process(
                new MarkdownRenderer().render(md),
                new SourceContext(file.toString(), md, 1),
                src -> java.util.Optional.of("/x/"))
            .html()
            .html();
    assertThat(processed).isEqualTo(parse(processed).body().html());
    assertSameAsJsoup(doc);
    assertThat(HtmlSerializer.write(doc.body(), false))
        .as("Markdown without raw script or SVG is written by the fast path")
        .satisfiesAnyOf(
            fast -> assertThat(fast).isNotNull(),
            fast -> assertThat(md).containsAnyOf("<script", "<svg", "<math", "<style"));
  }

  @Test
  void writesEveryKindOfMarkdownNodeItself() {
    String md =
        """
        # Title & "quotes" <tag> it's

        Text with *em*, **strong**, `code <b>`, ~~del~~, a [link](https://x.org/?a=1&b="2") \
        and ![alt "q"](img.png "t'itle"), www.example.com, a\u00a0b, emoji \uD83D\uDE00 and é.

        - [x] done
        - [ ] open

        1. one
        2. two

        > quote

        | a | b |
        |:--|--:|
        | 1 | 2 |

        Note[^1].

        [^1]: The note.

        ```java
        if (a < b && c > d) { s = "x"; }
        ```

        ---

        <div class="raw" data-x='1"2'>raw <em>html</em><br/><input type=checkbox checked></div>
        <!-- a comment -->
        """;
    Document doc = parse(new MarkdownRenderer().render(md));
    int written = assertSameAsJsoup(doc);
    assertThat(written).isEqualTo(doc.body().getAllElements().size());
    assertThat(HtmlSerializer.write(doc.body(), false)).isEqualTo(doc.body().html());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<svg viewBox='0 0 1 1'><path d='M0 0'/></svg>",
        "<math><mi>x</mi></math>",
        "<script>if (a < b) x = '&amp;';</script>",
        "<style>p > a { color: red }</style>",
        "<p>bell \u0007 here</p>",
        "<p>lone \uD800 surrogate</p>",
        "<p title='lone \uDC00'>x</p>",
        "<p a\u0001b=1>x</p>",
        "<form><input name=q></form>",
      })
  void leavesWhatItDoesNotKnowToJsoup(String html) {
    Document doc = parse(html);
    assertThat(HtmlSerializer.write(doc.body(), false)).isNull();
    assertThat(HtmlSerializer.html(doc.body())).isEqualTo(doc.body().html());
    assertSameAsJsoup(doc);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p>&amp; &lt; &gt; &quot; &apos; &nbsp; &copy; \u00a0 \t\r\n</p>",
        "<a href='?a=1&amp;b=\"2\"&lt;3&gt;' title=\"it's\">x</a>",
        "<textarea>a < b & c</textarea><title>t & u</title>",
        "<p><b><i>mis</b>nested</i></p><table><td>cell</table>",
        "<P CLASS=Up>upper</P><Custom-Tag Data-A=1>c</Custom-Tag>",
        "<input disabled><input checked=checked><input value=''><option selected=''>o</option>",
        "<p hidden=HIDDEN data-empty=''>x</p><br><hr><img src=a.png alt=''>",
        "<foo/><bar></bar><p/>",
        "<p>\uD83D\uDE00 \uD834\uDD1E \uDBFF\uDFFF</p>",
        "<a foo\"bar=1 b'c=2 =d>odd names</a>",
        "<div><!----><!-- -- --></div><![CDATA[ y ]]>",
        "<pre>\n\nkept</pre><pre>\rx</pre><textarea>\n\nt</textarea><listing>\n\nl</listing>",
        "<noscript><p>x</p></noscript><template><p>t</p></template>",
        "<iframe src=x></iframe><xmp>a<b</xmp><plaintext>p<q",
      })
  void writesOddButValidInputAsJsoupDoes(String html) {
    assertSameAsJsoup(parse(html));
  }

  @Test
  void writesCleanedCommentBodiesAsJsoupDoes() {
    Safelist safelist = Safelist.basic();
    String dirty =
        "<p>hi <a href='https://x.org/?a=1&b=2' onclick=alert(1)>x</a> <script>bad()</script>"
            + "<img src=x onerror=alert(1)> &lt;b&gt; \"q\"</p>";
    Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(dirty));
    clean.outputSettings().prettyPrint(false);
    assertThat(HtmlSerializer.write(clean.body(), false)).isEqualTo(clean.body().html());
  }

  @Test
  void writesRandomTagSoupAsJsoupDoes() {
    String[] pieces = {
      "<p>",
      "</p>",
      "<a href=\"x&y\">",
      "</a>",
      "<em>",
      "</em>",
      "<br>",
      "<img src='i\"j'>",
      "<table>",
      "<td>",
      "<svg>",
      "<script>",
      "</script>",
      "<!--c-->",
      "&amp;",
      "&lt;",
      "&#0;",
      "&nbsp;",
      "<",
      ">",
      "\"",
      "'",
      "text",
      " ",
      "\n",
      "\u00a0",
      "\u0001",
      "\uD83D\uDE00",
      "\uD800",
      "é",
      "<input checked>",
      "<b",
      "=",
      "<ul><li>",
      "</li>",
      "<pre>",
      "<h2 id=a>"
    };
    int written = 0;
    for (String html :
        Soup.of(20101031, Integer.getInteger("serializer.rounds", 2_000), 30, pieces)) {
      written += assertSameAsJsoup(parse(html));
    }
    assertThat(written).as("elements the fast path wrote itself").isGreaterThan(1_000);
  }

  @Test
  void leavesPrettyPrintingAndDetachedTreesToJsoup() {
    Document pretty = Jsoup.parseBodyFragment("<div><p>a</p><p>b</p></div>");
    assertThat(HtmlSerializer.write(pretty.body(), false)).isNull();
    assertThat(HtmlSerializer.html(pretty.body())).isEqualTo(pretty.body().html());
    Element detached = new Element("p").text("x < y");
    assertThat(HtmlSerializer.write(detached, true)).isNull();
    assertThat(HtmlSerializer.outerHtml(detached)).isEqualTo(detached.outerHtml());
  }
}
