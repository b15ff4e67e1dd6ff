package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImageAttributesTest {

  @Test
  void imagesLoadLazilyAndDecodeAsynchronously() {
    Element body = HeadingAnchorsTest.body("<p><img src=\"a.svg\" alt=\"A\"></p>");
    ImageAttributes.apply(body.getAllElements());
    assertThat(body.html())
        .isEqualTo("<p><img src=\"a.svg\" alt=\"A\" loading=\"lazy\" decoding=\"async\"></p>");
  }

  @Test
  void attributesTheAuthorSetAreKept() {
    Element body =
        HeadingAnchorsTest.body(
            "<img src=\"hero.jpg\" alt=\"\" loading=\"eager\"><img src=\"b.png\" alt=\"\" decoding=\"sync\">");
    ImageAttributes.apply(body.getAllElements());
    assertThat(body.html())
        .isEqualTo(
            "<img src=\"hero.jpg\" alt=\"\" loading=\"eager\" decoding=\"async\">"
                + "<img src=\"b.png\" alt=\"\" decoding=\"sync\" loading=\"lazy\">");
  }
}
