package dev.tinta.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The cap on emphasis delimiter runs per paragraph (issue #11, cmark issue #389). */
class DelimiterBudgetTest {
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  private static SourceLines lines(String... lines) {
    SourceLines out = new SourceLines();
    for (String l : lines) {
      out.addLine(SourceLine.of(l, null));
    }
    return out;
  }

  @Test
  void countsRunsOfStarsUnderscoresAndTildesButNotIntrawordUnderscoresOrEscapes() {
    // runs: "**", "*", "~~", "~~", "_" (before x), "_" (after x); not snake_case, not \*
    assertThat(DelimiterBudget.runs(lines("**a* ~~b~~ snake_case_word \\* _x_"))).isEqualTo(6);
    assertThat(DelimiterBudget.runs(lines("_a", "b_"))).isEqualTo(2);
    assertThat(DelimiterBudget.runs(lines("plain words only"))).isZero();
  }

  @Test
  void paragraphAtTheBudgetIsParsed() {
    // "*a " is one run, "_a*_ " three: 1,250 units are exactly 5,000 runs
    String text = "*a ".repeat(1250) + "_a*_ ".repeat(1250);

    String html = markdown.render(text);

    // commonmark's own cap on inline nesting (100 levels) shapes the rest
    assertThat(html.startsWith("<p>") && html.endsWith("</p>\n") && html.contains("<em>a <em>a "))
        .as("a paragraph of %d characters", html.length())
        .isTrue();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void paragraphOverTheBudgetIsRefusedBeforeCommonmarkMatchesIt() {
    // cmark issue #389: quadratic in commonmark-java 0.30.0 (over 2 minutes at 40,000 units)
    String text = "intro\n\n" + "*a ".repeat(40_000) + "_a*_ ".repeat(40_000) + "\n";

    assertThatThrownBy(() -> markdown.parse(text))
        .isInstanceOfSatisfying(
            MarkdownTooComplex.class,
            e -> {
              assertThat(e.getMessage())
                  .isEqualTo(
                      "a paragraph with 160000 runs of '*', '_' or '~' (at most 5000 are parsed)");
              assertThat(e.firstLine()).startsWith("*a *a ");
            });
  }

  @Test
  void eachTableCellIsItsOwnBudget() {
    String row = "| " + "*a* ".repeat(20) + " | b |\n";
    String table = "| h | i |\n|---|---|\n" + row.repeat(400);

    assertThat(markdown.render(table)).contains("<td><em>a</em>");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void paragraphWithTooManyBracketsIsRefused() {
    // cmark's pathological "![[]()" repeated: quadratic in commonmark-java 0.30.0
    assertThat(DelimiterBudget.brackets(lines("[a] \\[ ![b]("))).isEqualTo(2);
    String text = "![[]()".repeat(40_000);

    assertThatThrownBy(() -> markdown.parse(text))
        .isInstanceOf(MarkdownTooComplex.class)
        .hasMessage("a paragraph with 80000 '[' (at most 5000 are parsed)");
  }
}
