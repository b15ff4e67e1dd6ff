package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlInjectorTest {
  @Test
  void goesBeforeTheLastBodyEnd() {
    assertThat(HtmlInjector.inject("<html><body><p>x</p></body></html>", "<s>"))
        .isEqualTo("<html><body><p>x</p><s></body></html>");
    assertThat(
            HtmlInjector.inject(
                "<body><script>var s = '</body>';</script>\n</BODY >\n</html>", "<s>"))
        .isEqualTo("<body><script>var s = '</body>';</script>\n<s></BODY >\n</html>");
  }

  @Test
  void lengthChangingCaseFoldDoesNotShiftThePosition() {
    // U+0130 lower-cases to two chars; a toLowerCase index would land one char off
    String page = "<body>\u0130stanbul</body>";
    assertThat(HtmlInjector.inject(page, "<s>")).isEqualTo("<body>\u0130stanbul<s></body>");
  }

  @Test
  void withoutBodyEndTheSnippetIsAppended() {
    assertThat(HtmlInjector.inject("<p>fragment", "<s>")).isEqualTo("<p>fragment<s>");
  }

  @Test
  void emptySnippetLeavesThePage() {
    String page = "<body></body>";
    assertThat(HtmlInjector.inject(page, "")).isSameAs(page);
  }
}
