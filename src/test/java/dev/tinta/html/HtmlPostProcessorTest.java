package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.TocEntry;
import dev.tinta.problem.Problem;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlPostProcessorTest {
  final HtmlPostProcessor processor =
      new HtmlPostProcessor(URI.create("https://blog.example.org/"));

  @Test
  void runsEveryPassInOrder() {
    String html =
        "<p>Intro with <a href=\"other.md\">a link</a>.</p>\n<!--more-->\n"
            + "<h2>Part one</h2>\n<p><img src=\"a.png\" alt=\"a\"> "
            + "<a href=\"https://example.com/\">out</a></p>\n";
    var result =
        processor.process(
            html,
            new SourceContext("content/posts/x.md", "", 4),
            src ->
                src.equals("content/posts/other.md")
                    ? Optional.of("/2011/01/other/")
                    : Optional.empty());

    assertThat(result.problems()).isEmpty();
    assertThat(result.html())
        .isEqualTo(
            new ProcessedHtml(
                "<p>Intro with <a href=\"/2011/01/other/\">a link</a>.</p>\n\n"
                    + "<h2 id=\"part-one\">Part one<a class=\"anchor\" href=\"#part-one\" aria-hidden=\"true\""
                    + " tabindex=\"-1\">#</a></h2>\n<p><img src=\"a.png\" alt=\"a\" loading=\"lazy\""
                    + " decoding=\"async\"> <a href=\"https://example.com/\" rel=\"noopener\">out</a></p>\n",
                List.of(new TocEntry(2, "part-one", "Part one")),
                "<p>Intro with <a href=\"/2011/01/other/\">a link</a>.</p>",
                "Intro with a link.",
                7,
                1));
  }

  @Test
  void reportsEveryMissingLinkOfTheBody() {
    String markdown = "[a](one.md)\n\n[b](two.md)\n";
    var result =
        processor.process(
            "<p><a href=\"one.md\">a</a></p>\n<p><a href=\"two.md\">b</a></p>\n",
            new SourceContext("content/pages/p.md", markdown, 4),
            src -> Optional.empty());
    assertThat(result.problems())
        .extracting(Problem::format)
        .containsExactly(
            "content/pages/p.md:4:5: error: link to a missing post or page 'one.md'"
                + " (hint: no source at content/pages/one.md)",
            "content/pages/p.md:6:5: error: link to a missing post or page 'two.md'"
                + " (hint: no source at content/pages/two.md)");
  }

  @Test
  void wordCountIsOfTheWholeBodyText() {
    var result =
        processor.process(
            "<p>" + "kata ".repeat(450) + "</p>",
            new SourceContext("content/posts/x.md", "", 4),
            src -> Optional.empty());
    assertThat(result.html().wordCount()).isEqualTo(450);
    assertThat(result.html().readingMinutes()).isEqualTo(3);
  }
}
