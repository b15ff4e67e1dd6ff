package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.model.HeadingIds;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * {@code heading_ids: github} on real headings: 699 headings of eight public READMEs, 233 of them
 * with the anchor their tables of contents link to on GitHub ({@code
 * src/test/resources/html/github-headings.tsv}, origin in the README beside it).
 */
class GithubHeadingIdsTest {
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

  private record Heading(String markdown, String anchor) {}

  private static Map<String, List<Heading>> documents() throws IOException {
    Map<String, List<Heading>> docs = new LinkedHashMap<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/html/github-headings.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      docs.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Heading(f[2], f[3]));
    }
    return docs;
  }

  /** The ids the passes give the headings of one document, in order. */
  private static List<String> ids(List<Heading> headings, HeadingIds style) {
    StringBuilder md = new StringBuilder();
    headings.forEach(h -> md.append(h.markdown()).append("\n\n"));
    var result =
        new HtmlPostProcessor(URI.create("https://example.org/"), style)
            .process(
                MARKDOWN.render(md.toString()),
                new SourceContext("README.md", md.toString(), 1),
                src -> Optional.of("/x/"));
    return Jsoup.parseBodyFragment(result.html().html())
        .select("h1, h2, h3, h4, h5, h6")
        .eachAttr("id");
  }

  @Test
  void givesTheIdsGitHubGives() throws IOException {
    int checked = 0;
    int tintaDiffers = 0;
    for (var doc : documents().entrySet()) {
      List<Heading> headings = doc.getValue();
      List<String> github = ids(headings, HeadingIds.GITHUB);
      List<String> tinta = ids(headings, HeadingIds.TINTA);
      assertThat(github).as(doc.getKey()).hasSize(headings.size());
      for (int i = 0; i < headings.size(); i++) {
        String anchor = headings.get(i).anchor();
        if (!anchor.isEmpty()) {
          assertThat(github.get(i)).as("%s: %s", doc.getKey(), headings.get(i)).isEqualTo(anchor);
          checked++;
          if (!tinta.get(i).equals(anchor)) {
            tintaDiffers++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(233);
    // the old style breaks GitHub's links to headings with punctuation (Systems/Services)
    assertThat(tintaDiffers).isBetween(10, 60);
  }

  @Test
  void followsGitHubsRuleOnPunctuationCaseAndRepeats() {
    List<Heading> headings =
        List.of(
            new Heading("## TL;DR", ""),
            new Heading("## Q&A: what's `new`?", ""),
            new Heading("## C++ / C#", ""),
            new Heading("## snake_case and kebab-case", ""),
            new Heading("## Ünïcödé Straße", ""),
            new Heading("## Привет, мир!", ""),
            new Heading("## 你好，世界", ""),
            new Heading("## Setup", ""),
            new Heading("## Setup", ""),
            new Heading("## Setup", ""),
            new Heading("## !!!", ""),
            new Heading("## Emoji \uD83C\uDF89 party", ""));
    assertThat(ids(headings, HeadingIds.GITHUB))
        .containsExactly(
            "tldr",
            "qa-whats-new",
            "c--c",
            "snake_case-and-kebab-case",
            "ünïcödé-straße",
            "привет-мир",
            "你好世界",
            "setup",
            "setup-1",
            "setup-2",
            "section",
            "emoji--party");
  }
}
