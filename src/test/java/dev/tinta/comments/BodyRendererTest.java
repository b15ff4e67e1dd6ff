package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the comment renderer keeps, what it turns into text, and its limits. */
class BodyRendererTest {
  private final BodyRenderer renderer = new BodyRenderer();

  static Stream<Arguments> subset() {
    return Stream.of(
        Arguments.of(
            "*a* **b** ~~c~~ `d`",
            "<p><em>a</em> <strong>b</strong> <del>c</del> <code>d</code></p>\n"),
        Arguments.of(
            "[x](https://e.org/?a=1&b=2)",
            "<p><a href=\"https://e.org/?a=1&amp;b=2\" rel=\"nofollow ugc noopener\">x</a></p>\n"),
        Arguments.of(
            "[m](mailto:a@e.org)",
            "<p><a href=\"mailto:a@e.org\" rel=\"nofollow ugc noopener\">m</a></p>\n"),
        Arguments.of(
            "see https://e.org/x now",
            "<p>see <a href=\"https://e.org/x\" rel=\"nofollow ugc noopener\">https://e.org/x</a>"
                + " now</p>\n"),
        Arguments.of("[r](/local)", "<p><a rel=\"nofollow ugc noopener\">r</a></p>\n"),
        Arguments.of("<b onclick=x>hi</b>", "<p>&lt;b onclick=x&gt;hi&lt;/b&gt;</p>\n"),
        Arguments.of("![the alt](https://e.org/i.png)", "<p>the alt</p>\n"),
        Arguments.of("# Big", "<p>Big</p>\n"),
        Arguments.of("3. a", "<ol start=\"3\">\n<li>a</li>\n</ol>\n"),
        Arguments.of("    <script>", "<pre><code>&lt;script&gt;\n</code></pre>\n"),
        Arguments.of("a | b\n--|--\nc | d", "<p>a | b<br>\n--|--<br>\nc | d</p>\n"),
        Arguments.of("soft\nbreak", "<p>soft<br>\nbreak</p>\n"),
        Arguments.of("line  \nbreak", "<p>line<br>\nbreak</p>\n"));
  }

  @ParameterizedTest
  @MethodSource("subset")
  void rendersTheAllowedSubset(String markdown, String html) {
    assertThat(renderer.render(markdown).html()).isEqualTo(html);
  }

  @Test
  void codeInCommentsStaysPlain() {
    // reader comments are not highlighted: no class or data attribute survives the allow-list
    assertThat(renderer.render("```java {linenos=true}\nif (a < b) { x(\"<\"); }\n```\n").html())
        .isEqualTo("<pre><code>if (a &lt; b) { x(\"&lt;\"); }\n</code></pre>\n");
  }

  @Test
  void blockquotesAndListsNest() {
    assertThat(renderer.render("> quoted\n>\n> - one\n> - two\n").html())
        .isEqualTo(
            "<blockquote>\n"
                + "<p>quoted</p>\n"
                + "<ul>\n"
                + "<li>one</li>\n"
                + "<li>two</li>\n"
                + "</ul>\n"
                + "</blockquote>\n");
  }

  @Test
  void plainTextIsTheTextOfTheCleanHtml() {
    assertThat(renderer.render("**Hi** <i>there</i>\n\nnext").text())
        .isEqualTo("Hi <i>there</i> next");
  }

  @Test
  @Timeout(10)
  void deeplyNestedQuotesAreCapped() {
    String html = renderer.render(">".repeat(50_000) + " deep").html();

    assertThat(html.split("<blockquote>", -1).length - 1).isEqualTo(16);
  }

  @Test
  @Timeout(10)
  void pathologicalEmphasisAndBracketsFinish() {
    assertThat(renderer.render("*a **".repeat(20_000)).html()).startsWith("<p>");
    assertThat(renderer.render("[".repeat(50_000) + "x" + "](y)".repeat(50_000)).html())
        .startsWith("<p>");
  }
}
