package dev.tinta.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  final List<Problem> problems = new ArrayList<>();

  @Test
  void splitsYamlAndBodyAndKnowsWhereTheBodyStarts() {
    assertThat(
            FrontMatter.split("a.md", "---\ntitle: A\ndate: 2010-08-31\n---\n\nBody.\n", problems))
        .hasValue(new FrontMatter("title: A\ndate: 2010-08-31\n", "\nBody.\n", 5));
    assertThat(problems).isEmpty();
  }

  @Test
  void closingLineMayHaveTrailingSpacesAndTheFileMayEndThere() {
    assertThat(FrontMatter.split("a.md", "---\ntitle: A\n---  ", problems))
        .hasValue(new FrontMatter("title: A\n", "", 4));
    assertThat(FrontMatter.split("a.md", "---\n---\nBody", problems))
        .hasValue(new FrontMatter("", "Body", 3));
  }

  @Test
  void aDashLineInsideTheBodyIsNotTheEnd() {
    assertThat(FrontMatter.split("a.md", "---\nt: 1\n---\nText\n---\nMore\n", problems))
        .hasValue(new FrontMatter("t: 1\n", "Text\n---\nMore\n", 4));
  }

  @Test
  void noFrontMatter() {
    assertThat(FrontMatter.split("a.md", "Just text\n---\n", problems)).isEmpty();
    assertThat(FrontMatter.split("b.md", "", problems)).isEmpty();
    assertThat(FrontMatter.split("c.md", "----\ntitle: x\n----\n", problems)).isEmpty();
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "a.md:1:1: error: no front matter (hint: start the file with a line '---', then title:"
                + " and date:, then '---')",
            "b.md:1:1: error: no front matter (hint: start the file with a line '---', then title:"
                + " and date:, then '---')",
            "c.md:1:1: error: no front matter (hint: start the file with a line '---', then title:"
                + " and date:, then '---')");
  }

  @Test
  void frontMatterNotClosed() {
    assertThat(FrontMatter.split("a.md", "---\ntitle: x\n\nBody\n", problems)).isEmpty();
    assertThat(FrontMatter.split("b.md", "---", problems)).isEmpty();
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "a.md:1:1: error: front matter is not closed (hint: end it with a line '---' before the"
                + " text)",
            "b.md:1:1: error: front matter is not closed (hint: end it with a line '---' before the"
                + " text)");
  }
}
