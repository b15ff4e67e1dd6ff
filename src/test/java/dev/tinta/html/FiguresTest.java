package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FiguresTest {

  static String apply(String html) {
    Element body = HeadingAnchorsTest.body(html);
    Figures.apply(body.getAllElements());
    return body.html();
  }

  @Test
  void aTitledImageAloneInItsParagraphBecomesAFigure() {
    assertThat(apply("<p><img src=\"a.jpg\" alt=\"A cup\" title=\"Coffee &amp; <notes>\"></p>"))
        .isEqualTo(
            "<figure><img src=\"a.jpg\" alt=\"A cup\">"
                + "<figcaption>Coffee &amp; &lt;notes&gt;</figcaption></figure>");
  }

  @Test
  void aLinkedImageBecomesAFigureHoldingTheLink() {
    assertThat(
            apply("<p>\n<a href=\"big.jpg\"><img src=\"a.jpg\" alt=\"\" title=\"Big\"></a> </p>"))
        .isEqualTo(
            "<figure>\n<a href=\"big.jpg\"><img src=\"a.jpg\" alt=\"\"></a> "
                + "<figcaption>Big</figcaption></figure>");
  }

  @Test
  void imagesInTextWithoutATitleOrWithOthersStayAsTheyAre() {
    String html =
        "<p>See <img src=\"a.jpg\" alt=\"\" title=\"A\"> here</p>"
            + "<p><img src=\"b.jpg\" alt=\"\"></p>"
            + "<p><img src=\"c.jpg\" alt=\"\" title=\" \"></p>"
            + "<p><img src=\"d.jpg\" alt=\"\" title=\"D\"><img src=\"e.jpg\" alt=\"\" title=\"E\"></p>"
            + "<p><a href=\"x\">x <img src=\"f.jpg\" alt=\"\" title=\"F\"></a></p>"
            + "<div><img src=\"g.jpg\" alt=\"\" title=\"G\"></div>";

    assertThat(apply(html)).isEqualTo(html);
  }
}
