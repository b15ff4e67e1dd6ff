package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.testing.Soup;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * A comment body built as a tree straight from Markdown ({@code MarkdownDom} in the comment style)
 * is sanitized to exactly what the long way (commonmark's escaped HTML, parsed by jsoup) gives:
 * over the spec examples, commonmark's regressions, every XSS vector and random Markdown.
 */
class BodyRendererDomTest {
  private final BodyRenderer renderer = new BodyRenderer();

  private void assertBothWaysAgree(List<String> bodies) {
    for (String md : bodies) {
      BodyRenderer.Body direct = renderer.render(md, true);
      BodyRenderer.Body longWay = renderer.render(md, false);
      assertThat(direct.html()).as("html of %s", md).isEqualTo(longWay.html());
      assertThat(direct.text()).as("text of %s", md).isEqualTo(longWay.text());
    }
  }

  @Test
  void specExamplesAndRegressions() {
    List<String> examples = new ArrayList<>();
    examples.addAll(ExampleReader.readExampleSources(TestResources.getSpec()));
    examples.addAll(ExampleReader.readExampleSources(TestResources.getGfmSpec()));
    for (URL regression : TestResources.getRegressions()) {
      examples.addAll(ExampleReader.readExampleSources(regression));
    }
    assertThat(examples).hasSizeGreaterThan(1_000);
    assertBothWaysAgree(examples);
  }

  @Test
  void xssVectors() throws IOException {
    List<String> vectors = CommentXssTest.vectors();
    List<String> bodies = new ArrayList<>(vectors);
    for (String v : vectors) {
      bodies.add("[x](" + v + ")");
      bodies.add("![" + v + "](" + v + ")");
      bodies.add("# " + v + "\n\n> " + v + "\n\n    " + v);
    }
    assertBothWaysAgree(bodies);
  }

  @Test
  void randomMarkdown() {
    List<String> bodies =
        Soup.markdown(
            2010_08_31,
            3_000,
            30,
            "javascript:alert(1)",
            "https://e.org/?a=1&b",
            "data:text/html,x",
            "<b onclick=x>",
            "</b>",
            "<script>",
            "<!-- c -->");
    assertBothWaysAgree(bodies);
  }
}
