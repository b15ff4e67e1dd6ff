package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.TocEntry;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadingAnchorsTest {

  static Element body(String html) {
    var doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body();
  }

  @Test
  void givesEachHeadingAReadableIdAndASelfLink() {
    Element body = body("<h2>Another Insight</h2>");
    HeadingAnchors.apply(body.getAllElements());
    assertThat(body.html())
        .isEqualTo(
            "<h2 id=\"another-insight\">Another Insight<a class=\"anchor\" href=\"#another-insight\""
                + " aria-hidden=\"true\" tabindex=\"-1\">#</a></h2>");
  }

  @Test
  void repeatedHeadingsGetNumberedIds() {
    Element body = body("<h2>Setup</h2><h3>Setup</h3><h2>Setup</h2>");
    HeadingAnchors.apply(body.getAllElements());
    assertThat(body.select("h2, h3").eachAttr("id")).containsExactly("setup", "setup-2", "setup-3");
  }

  @Test
  void generatedIdsAvoidIdsAlreadyInTheBody() {
    Element body = body("<h2>Notes</h2><p id=\"notes\">x</p><div id=\"notes-2\"></div>");
    HeadingAnchors.apply(body.getAllElements());
    assertThat(body.selectFirst("h2").id()).isEqualTo("notes-3");
  }

  @Test
  void anExplicitIdIsKept() {
    Element body = body("<h2 id=\"mine\">Title</h2>");
    List<TocEntry> toc = HeadingAnchors.apply(body.getAllElements());
    assertThat(body.selectFirst("h2").id()).isEqualTo("mine");
    assertThat(body.selectFirst("h2 a.anchor").attr("href")).isEqualTo("#mine");
    assertThat(toc).containsExactly(new TocEntry(2, "mine", "Title"));
  }

  @Test
  void nonAsciiHeadingsKeepTheirLettersOrLoseOnlyAccents() {
    Element body =
        body(
            "<h2>Привет мир</h2><h2>Café</h2><h2>Ελληνικά κείμενα</h2>"
                + "<h2>日本語</h2><h2>!!!</h2><h2>?</h2>");
    HeadingAnchors.apply(body.getAllElements());
    assertThat(body.select("h2").eachAttr("id"))
        .containsExactly("привет-мир", "cafe", "ελληνικα-κειμενα", "日本語", "section", "section-2");
  }

  @Test
  void idsAreStableFromRunToRun() {
    String html = "<h2>A</h2><h3>B</h3><h2>A</h2><h4>C d</h4>";
    Element first = body(html);
    Element second = body(html);
    HeadingAnchors.apply(first.getAllElements());
    HeadingAnchors.apply(second.getAllElements());
    assertThat(first.html()).isEqualTo(second.html());
    assertThat(first.select("[id]").eachAttr("id")).containsExactly("a", "b", "a-2", "c-d");
  }

  @Test
  void tableOfContentsHasLevelsTwoToFourInDocumentOrder() {
    Element body =
        body(
            "<h1>Title</h1><h2>One</h2><h3>One <em>point</em> one</h3>"
                + "<h4>Deep</h4><h5>Too deep</h5><h6>Deeper</h6><h2>Two</h2>");
    List<TocEntry> toc = HeadingAnchors.apply(body.getAllElements());
    assertThat(toc)
        .containsExactly(
            new TocEntry(2, "one", "One"),
            new TocEntry(3, "one-point-one", "One point one"),
            new TocEntry(4, "deep", "Deep"),
            new TocEntry(2, "two", "Two"));
    assertThat(body.select("h1, h5, h6").eachAttr("id"))
        .containsExactly("title", "too-deep", "deeper");
  }
}
