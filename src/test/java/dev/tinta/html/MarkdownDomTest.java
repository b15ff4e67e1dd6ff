package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.testing.Soup;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.ExampleReader;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownDom} against the long way (commonmark's HTML, parsed by jsoup): for every document
 * it builds, the processed page (HTML, table of contents, excerpt, word count) is the same. Run
 * over the CommonMark and GFM spec examples, commonmark's regression cases, every Markdown file of
 * the repository and random Markdown.
 */
class MarkdownDomTest {
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
  private static final HtmlPostProcessor PASSES =
      new HtmlPostProcessor(URI.create("https://example.org/"));

  /** Whether the tree was built (and then matched the long way), or left to the parser. */
  private static boolean sameAsTheLongWay(String markdown) {
    Node ast = MARKDOWN.parse(markdown);
    Optional<Document> built = MarkdownDom.of(ast);
    if (built.isEmpty()) {
      return false;
    }
    Document parsed = HtmlPostProcessor.parse(MARKDOWN.render(ast));
    assertThat(built.get().body().html())
        .as("tree of %s", markdown)
        .isEqualTo(parsed.body().html());
    SourceContext context = new SourceContext("posts/x.md", markdown, 1);
    LinkResolver links = src -> Optional.of("/linked/");
    assertThat(PASSES.process(built.get(), context, links))
        .as("processed %s", markdown)
        .isEqualTo(PASSES.process(parsed, context, links));
    return true;
  }

  private static int builtOf(List<String> markdown) {
    int built = 0;
    for (String md : markdown) {
      if (sameAsTheLongWay(md)) {
        built++;
      }
    }
    return built;
  }

  @Test
  void commonMarkSpecExamples() {
    List<String> examples = ExampleReader.readExampleSources(TestResources.getSpec());
    // every example without raw HTML is built; those with it go the long way
    assertThat(builtOf(examples)).isGreaterThan(examples.size() * 3 / 4);
  }

  @Test
  void gfmSpecExamplesAndRegressions() {
    List<String> examples = new ArrayList<>(readExamples(TestResources.getGfmSpec()));
    for (URL regression : TestResources.getRegressions()) {
      examples.addAll(readExamples(regression));
    }
    assertThat(builtOf(examples)).isGreaterThan(examples.size() / 2);
  }

  private static List<String> readExamples(URL url) {
    return ExampleReader.readExampleSources(url);
  }

  @Test
  void everyMarkdownFileOfTheRepository() throws IOException {
    List<String> files = new ArrayList<>();
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          files.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(builtOf(files)).isPositive();
  }

  @Test
  void theNodesItBuilds() {
    String md =
        """
        # Title & "quotes" <it's>

        Text with *em*, **strong**, `code <b>`, ~~del~~, [a link](https://x.org/a b?c=1&d="2" "t")
        and ![alt *em* `c`](img one.png 'ti"tle'), www.example.com, me@example.com, a\u00a0b,
        emoji \uD83D\uDE00, hard\\
        break and soft
        break.

        - tight
        - list

        3. loose

        4. ordered

        > quote
        > > nested

        ```java extra
        if (a < b && c > d) { s = "x"; }
        ```

        ```python {linenos=true hl_lines=[2]}
        x = f"{a < b}"
        y = 'it''s' & 1
        ```

        ```yaml title="x.yml"
        key: "<value>" # &
        ```

            indented

        ***

        [ref]: /url "T"
        Use [ref] and [Ref][].
        """;
    assertThat(sameAsTheLongWay(md)).isTrue();
  }

  @Test
  void leavesRawHtmlTablesFootnotesAndTaskListsToTheParser() {
    for (String md :
        List.of(
            "<div>raw</div>",
            "a <span>b</span>",
            "| a |\n|---|\n| 1 |",
            "x[^1]\n\n[^1]: note",
            "- [ ] todo")) {
      assertThat(MarkdownDom.of(MARKDOWN.parse(md))).as(md).isEmpty();
    }
  }

  @Test
  void randomMarkdown() {
    List<String> docs = Soup.markdown(31082010, 3_000, 40);
    assertThat(builtOf(docs)).isGreaterThan(2_000);
  }
}
