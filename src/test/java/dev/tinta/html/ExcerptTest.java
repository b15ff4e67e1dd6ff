package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void moreMarkerEndsTheExcerptAndIsRemoved() {
    Element body =
        HeadingAnchorsTest.body(
            "<p>One <em>two</em>.</p>\n<p>Three.</p>\n<!--more-->\n<p>Four.</p>");
    Excerpt excerpt = Excerpt.of(body, body.getAllElements(), "");
    assertThat(excerpt)
        .isEqualTo(new Excerpt("<p>One <em>two</em>.</p>\n<p>Three.</p>", "One two. Three."));
    assertThat(body.html()).isEqualTo("<p>One <em>two</em>.</p>\n<p>Three.</p>\n\n<p>Four.</p>");
  }

  @Test
  void markerMayBeSpacedOrUpperCase() {
    Element body = HeadingAnchorsTest.body("<p>A</p><!-- MORE --><p>B</p>");
    assertThat(Excerpt.of(body, body.getAllElements(), "")).isEqualTo(new Excerpt("<p>A</p>", "A"));
    assertThat(body.html()).isEqualTo("<p>A</p><p>B</p>");
  }

  @Test
  void withoutMarkerTheExcerptIsTheFirstParagraph() {
    Element body =
        HeadingAnchorsTest.body(
            "<h2>Intro</h2><p>First <a href=\"/x/\">link</a>.</p><p>Second.</p>");
    String before = body.html();
    assertThat(Excerpt.of(body, body.getAllElements(), ""))
        .isEqualTo(new Excerpt("<p>First <a href=\"/x/\">link</a>.</p>", "First link."));
    assertThat(body.html()).isEqualTo(before);
  }

  @Test
  void noParagraphGivesAnEmptyExcerpt() {
    Element body = HeadingAnchorsTest.body("<h2>Only a heading</h2><ul><li>x</li></ul>");
    assertThat(Excerpt.of(body, body.getAllElements(), "")).isEqualTo(new Excerpt("", ""));
  }

  @Test
  void anchorsIdsAndFootnotesAreLeftOutOfTheExcerpt() {
    Element body =
        HeadingAnchorsTest.body(
            "<h2>Intro</h2><p id=\"p1\">Text<sup class=\"footnote-ref\">"
                + "<a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>.</p><!--more--><p>Rest.</p>");
    HeadingAnchors.apply(body.getAllElements());
    Excerpt excerpt = Excerpt.of(body, body.getAllElements(), "");
    assertThat(excerpt).isEqualTo(new Excerpt("<h2>Intro</h2><p>Text.</p>", "Intro Text."));
    // The full body keeps them.
    assertThat(body.select("[id]").eachAttr("id")).containsExactly("intro", "p1", "fnref-1");
  }

  @Test
  void relativeUrlsOfTheTeaserGoThroughThePostsPath() {
    Element body =
        HeadingAnchorsTest.body(
            "<p>See <img src=\"dot.svg\" alt=\"d\"> and <a href=\"notes.pdf\">notes</a>,"
                + " <a href=\"#x\">here</a>, <a href=\"/about/\">about</a>,"
                + " <a href=\"https://example.org/a\">out</a>, <a href=\"mailto:a@b.c\">mail</a>,"
                + " <img src=\"a.png\" srcset=\"a-480w.png 480w, /b.png 960w\" alt=\"\">.</p>"
                + "<p>Rest.</p>");
    Excerpt excerpt = Excerpt.of(body, body.getAllElements(), "/blog/2011/03/kopi/");
    assertThat(excerpt.html())
        .isEqualTo(
            "<p>See <img src=\"/blog/2011/03/kopi/dot.svg\" alt=\"d\"> and"
                + " <a href=\"/blog/2011/03/kopi/notes.pdf\">notes</a>, <a href=\"#x\">here</a>,"
                + " <a href=\"/about/\">about</a>, <a href=\"https://example.org/a\">out</a>,"
                + " <a href=\"mailto:a@b.c\">mail</a>, <img src=\"/blog/2011/03/kopi/a.png\""
                + " srcset=\"/blog/2011/03/kopi/a-480w.png 480w, /b.png 960w\" alt=\"\">.</p>");
    // the post's own page keeps what the author wrote
    assertThat(body.selectFirst("img").attr("src")).isEqualTo("dot.svg");
  }
}
