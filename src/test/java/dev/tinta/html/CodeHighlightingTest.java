package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.highlight.Highlighter;
import dev.tinta.problem.Problem;
import dev.tinta.testing.Soup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The highlighting pass, judged by parsing what it writes: the text of a highlighted block is the
 * source exactly (over every sample, every code block of the repository's Markdown and random text
 * in every language), spans are the only elements added, and {@code < & " '} inside every kind of
 * token come back as they were.
 */
class CodeHighlightingTest {
  private static final Highlighter HIGHLIGHTER = new Highlighter();
  private static final Path SAMPLES = Path.of("src/test/resources/highlight/samples");

  /** The block as the pass leaves it, written by the serializer and parsed back. */
  private static Element roundTrip(String language, String options, String code) {
    Document doc = HtmlPostProcessor.parse("");
    Element pre = doc.body().appendElement("pre");
    Element el = pre.appendElement("code");
    if (!language.isEmpty()) {
      el.addClass("language-" + language);
    }
    if (!options.isEmpty()) {
      el.attr("data-options", options);
    }
    el.appendText(code);
    List<Problem> problems = new ArrayList<>();
    CodeHighlighting.apply(
        doc.body().getAllElements(),
        HIGHLIGHTER,
        new SourceContext("content/posts/x.md", "", 1),
        problems);
    String html = HtmlSerializer.html(doc.body());
    Document back = Jsoup.parseBodyFragment(html);
    back.outputSettings().prettyPrint(false);
    Element parsed = back.body().selectFirst("pre > code");
    assertThat(parsed).as(html).isNotNull();
    return parsed;
  }

  /** The same text, and nothing but spans with one class attribute inside the code element. */
  private static void assertExact(String language, String options, String code) {
    Element parsed = roundTrip(language, options, code);
    assertThat(parsed.wholeText()).as("%s %s: %s", language, options, code).isEqualTo(code);
    for (Element e : parsed.getAllElements()) {
      if (e != parsed) {
        assertThat(e.normalName()).isEqualTo("span");
        assertThat(e.attributes().asList()).hasSize(1);
        assertThat(e.hasAttr("class")).isTrue();
      }
    }
  }

  private static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  @Test
  void everySampleInEveryLanguageKeepsItsTextExactly() throws IOException {
    for (Path sample : samples()) {
      String code = Files.readString(sample, StandardCharsets.UTF_8);
      for (String language : HIGHLIGHTER.languages()) {
        assertExact(language, "", code);
      }
      assertExact("python", "{linenos=true hl_lines=[1,\"3-4\"]}", code);
    }
  }

  @Test
  void everyCodeBlockOfTheRepositoryKeepsItsText() throws IOException {
    Pattern fence = Pattern.compile("(?m)^```(\\w+)[^\\n]*\\n(.*?)^```", Pattern.DOTALL);
    int blocks = 0;
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"), Path.of("."))) {
      try (Stream<Path> walk = Files.walk(root, root.toString().equals(".") ? 1 : 20)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          byte[] bytes = Files.readAllBytes(p);
          String text = new String(bytes, StandardCharsets.UTF_8);
          if (!java.util.Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)) {
            continue; // a fixture that is not UTF-8 on purpose
          }
          Matcher m = fence.matcher(text);
          while (m.find()) {
            assertExact(m.group(1), "", m.group(2));
            blocks++;
          }
        }
      }
    }
    assertThat(blocks).isGreaterThan(5);
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void randomTextInEveryLanguageKeepsItsText() {
    List<String> texts =
        Soup.of(
            20101012,
            150,
            60,
            "\"",
            "'",
            "`",
            "<",
            ">",
            "&",
            "&amp;",
            "#",
            "//",
            "/*",
            "*/",
            "\"\"\"",
            "'''",
            "<<EOF\n",
            "<<-'X'\n",
            "EOF\n",
            "\tX\n",
            "\n",
            "\r\n",
            " ",
            "\t",
            "$",
            "${",
            "{",
            "}",
            "[",
            "]",
            "(",
            ")",
            "r#\"",
            "\"#",
            "'a",
            "b'",
            "f\"",
            "0x1F",
            "1_000",
            "0b1",
            "12n",
            "3.5e-2",
            ".",
            ":",
            "- ",
            "key: ",
            "|\n",
            ">-\n",
            "  ",
            "@media",
            "--- a\n",
            "+++ b\n",
            "@@ -1 +1 @@\n",
            "+x\n",
            "-y\n",
            "\\",
            "word",
            "if",
            "é",
            "\u00a0",
            "\uD83D\uDE00",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "=",
            "[[t]]\n",
            "a = ");
    for (String language : HIGHLIGHTER.languages()) {
      for (String text : texts) {
        assertExact(language, "", text);
      }
    }
    for (String text : texts.subList(0, 40)) {
      assertExact("bash", "{linenos=true hl_lines=[2]}", text);
    }
  }

  @Test
  void lessThanAmpersandAndQuotesSurviveInEveryKindOfToken() throws IOException {
    // which classes the samples put each special character in; each such run is checked above
    Map<String, Set<Character>> seen = new TreeMap<>();
    for (Path sample : samples()) {
      String name = sample.getFileName().toString();
      String language = name.substring(0, name.length() - ".txt".length());
      Element code = roundTrip(language, "", Files.readString(sample, StandardCharsets.UTF_8));
      for (Element span : code.select("span")) {
        for (char c : "<&\"'".toCharArray()) {
          if (span.wholeText().indexOf(c) >= 0) {
            seen.computeIfAbsent(span.className(), k -> new TreeSet<>()).add(c);
          }
        }
      }
    }
    // every kind of token that can hold these characters holds each of them in some sample
    for (String cls :
        List.of("c1", "cm", "s", "c", "sh", "sr", "sb", "cs", "gd", "gh", "si", "o", "s1")) {
      assertThat(seen.get(cls)).as("class %s", cls).isNotNull();
      assertThat(seen.get(cls)).as("class %s", cls).contains('<', '&');
    }
    for (String cls : List.of("c1", "cm", "s", "c", "sh", "sr", "cs")) {
      assertThat(seen.get(cls)).as("class %s", cls).contains('"', '\'');
    }
  }

  @Test
  void writesSpansWithPygmentsClasses() {
    Element code = roundTrip("java", "", "int x = 1; // <b> & \"q\"\n");
    assertThat(code.html())
        .isEqualTo(
            "<span class=\"kt\">int</span> x <span class=\"o\">=</span> <span class=\"mi\">1</span>;"
                + " <span class=\"c1\">// &lt;b&gt; &amp; \"q\"</span>\n");
    assertThat(code.parent().className()).isEqualTo("highlight");
  }

  @Test
  void numbersAndMarksLinesWhenAsked() {
    Element code =
        roundTrip(
            "python", "{linenos=true hl_lines=[2] linenostart=10}", "a = 1\n\"\"\"x\ny\"\"\"\n");
    assertThat(code.parent().outerHtml())
        .isEqualTo(
            "<pre class=\"highlight linenos\" style=\"counter-reset:line 9\"><code"
                + " class=\"language-python\"><span class=\"line\">a <span class=\"o\">=</span>"
                + " <span class=\"mi\">1</span></span>\n<span class=\"line hll\"><span"
                + " class=\"s\">\"\"\"x</span></span>\n<span class=\"line\"><span"
                + " class=\"s\">y\"\"\"</span></span>\n</code></pre>");
  }

  @Test
  void leavesUnknownLanguagesAndPlainBlocksAlone() {
    for (String language : List.of("", "klingon", "text")) {
      Element code = roundTrip(language, "", "if (a < b) { return \"x\"; }\n");
      assertThat(code.children()).as(language).isEmpty();
      assertThat(code.parent().hasClass("highlight")).isFalse();
    }
  }

  @Test
  void reportsMistakesInTheOptions() {
    Document doc =
        HtmlPostProcessor.parse(
            "<pre><code class=\"language-go\" data-options=\"{hl_lines=[x] linenos=maybe}\">"
                + "x\n</code></pre>");
    List<Problem> problems = new ArrayList<>();
    String md = "Intro\n\n```go {hl_lines=[x] linenos=maybe}\nx\n```\n";
    CodeHighlighting.apply(
        doc.body().getAllElements(),
        HIGHLIGHTER,
        new SourceContext("content/posts/x.md", md, 5),
        problems);
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "content/posts/x.md:7:7: error: hl_lines: x is not a line or a range of lines"
                + " (hint: ```java {linenos=true hl_lines=[2,\"4-6\"]})",
            "content/posts/x.md:7:7: error: linenos must be true, false, table or inline, not maybe"
                + " (hint: ```java {linenos=true hl_lines=[2,\"4-6\"]})");
    assertThat(doc.selectFirst("code").hasAttr("data-options")).isFalse();
  }
}
