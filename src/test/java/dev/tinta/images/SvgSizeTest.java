package dev.tinta.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgSizeTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      value = {
        "width='640' height='120'                       | 640x120",
        "width='640px' height='120px'                   | 640x120",
        "width=' 99.6 ' height='10.4'                   | 100x10",
        "width='640' viewBox='0 0 320 60'               | 640x120",
        "height='30' viewBox='0,0,320,60'               | 160x30",
        "width='640' height='120' viewBox='0 0 10 10'   | 640x120",
        "viewBox='0 0 320 60'                           | none",
        "width='100%' height='120'                      | none",
        "width='10em' viewBox='0 0 320 60'              | none",
        "width='640' viewBox='0 0 0 60'                 | none",
        "width='0' height='0'                           | none",
        "                                               | none",
      })
  void sizeInPixels(String attributes, String expected) throws BadImageException {
    String svg =
        "<?xml version=\"1.0\"?>\n<!-- a comment -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + (attributes == null ? "" : attributes)
            + "><rect width=\"1\" height=\"1\"/></svg>";

    Optional<int[]> size = SvgSize.of(svg.getBytes(StandardCharsets.UTF_8));

    assertThat(size.map(s -> s[0] + "x" + s[1]).orElse(null)).isEqualTo(expected);
  }

  @Test
  void externalEntitiesAreNeverLoaded() throws BadImageException {
    String svg =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY w SYSTEM \"file:///etc/hostname\">]>\n"
            + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"10\"><text>&w;</text></svg>";

    assertThat(SvgSize.of(svg.getBytes(StandardCharsets.UTF_8)).map(s -> s[0] + "x" + s[1]))
        .contains("20x10");
  }

  @Test
  void anotherRootElementIsNotAnSvgImage() {
    assertThatThrownBy(() -> SvgSize.of("<html><body/></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BadImageException.class)
        .hasMessage("is not an SVG image: its root element is <html>");
  }

  @Test
  void brokenXmlIsNotWellFormed() {
    assertThatThrownBy(() -> SvgSize.of("<svg width=\"1\" <g>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(BadImageException.class)
        .hasMessageStartingWith("is not a well-formed SVG file: line 1, column ");
  }

  @Test
  void anEmptyFileIsNotAnSvgImage() {
    assertThatThrownBy(() -> SvgSize.of(new byte[0]))
        .isInstanceOf(BadImageException.class)
        .hasMessageStartingWith("is not a well-formed SVG file");
  }
}
