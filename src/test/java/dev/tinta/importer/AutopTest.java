package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases from WordPress's wpautop: what its editor saves becomes what its pages show. */
class AutopTest {
  @Test
  void paragraphsAndLineBreaks() {
    assertThat(Autop.of("One <b>bold</b>\nline.\n\nTwo."))
        .isEqualTo("<p>One <b>bold</b><br />\nline.</p>\n<p>Two.</p>");
  }

  @Test
  void blockTagsStandApartWithoutBreaks() {
    assertThat(Autop.of("<h2>Head</h2>\nText after.\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\nEnd"))
        .isEqualTo(
            "<h2>Head</h2>\n<p>Text after.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<p>End</p>");
  }

  @Test
  void preAndCommentsStayAsTheyAre() {
    assertThat(Autop.of("Code:\n<pre>a\n\nb</pre>\n<!--more-->\nRest"))
        .isEqualTo("<p>Code:</p>\n<pre>a\n\nb</pre>\n<!--more-->\n<p>Rest</p>");
  }

  @Test
  void aLineBreakInsideATagIsASpace() {
    assertThat(Autop.of("See <a\nhref=\"https://x.org/\">x</a>."))
        .isEqualTo("<p>See <a href=\"https://x.org/\">x</a>.</p>");
  }

  @Test
  void nothingForBlankText() {
    assertThat(Autop.of(" \n\n ")).isEmpty();
  }
}
