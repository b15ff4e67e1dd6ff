package dev.tinta.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HighlighterTest {
  private final Highlighter highlighter = new Highlighter();

  private String html(String language, String code) {
    return TokensHtml.of(highlighter.highlight(language, code).orElseThrow());
  }

  @Test
  void errorTokensArePlainText() {
    // an unclosed string and a bad number are "errors" to the token maker: shown as they are
    assertThat(html("java", "String s = \"open\nint n = 09x;\n"))
        .isEqualTo(
            "<span class=\"nb\">String</span> s <span class=\"o\">=</span> \"open\n"
                + "<span class=\"kt\">int</span> n <span class=\"o\">=</span> 09x;\n");
  }

  @Test
  void aLineOverTheLimitLeavesTheBlockPlain() {
    String minified = "int x = 1; ".repeat(Highlighter.MAX_LINE / 10);
    assertThat(html("java", "int a = 1;\n" + minified + "\n"))
        .isEqualTo("int a = 1;\n" + minified + "\n");
    String justUnder = "x".repeat(Highlighter.MAX_LINE);
    assertThat(html("java", "int a;\n" + justUnder + "\n"))
        .startsWith("<span class=\"kt\">int</span>");
  }

  @Test
  void namesAreCaseInsensitiveAndUnknownOnesAreNotHighlighted() {
    assertThat(highlighter.highlight("YAML", "a: 1\n")).isPresent();
    assertThat(highlighter.highlight("Py", "x = 1\n")).isPresent();
    assertThat(highlighter.highlight("klingon", "a: 1\n")).isEmpty();
    assertThat(highlighter.highlight("", "a: 1\n")).isEmpty();
    assertThat(highlighter.languages())
        .contains(
            "java",
            "python",
            "yaml",
            "bash",
            "sh",
            "shell",
            "json",
            "html",
            "xml",
            "css",
            "javascript",
            "js",
            "typescript",
            "sql",
            "go",
            "rust",
            "c",
            "cpp",
            "kotlin",
            "diff",
            "markdown",
            "toml",
            "dockerfile");
  }

  @Test
  void runsCoverTheTextExactlyAndNeighboursDifferInClass() {
    Tokens t = highlighter.highlight("python", "x = 1  # one\ny = 'two'\n").orElseThrow();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.start(i)).isLessThan(t.end(i));
      if (i > 0) {
        assertThat(t.cssClass(i)).isNotEqualTo(t.cssClass(i - 1));
      }
      text.append(t.code(), t.start(i), t.end(i));
    }
    assertThat(text.toString()).isEqualTo(t.code());
    assertThat(Tokens.plain("").size()).isZero();
  }

  @Test
  void threadsHighlightAsOneThreadDoes() throws Exception {
    // token makers keep state: each thread must get its own
    List<String[]> work = new ArrayList<>();
    for (Path p : HighlighterGoldenTest.samples()) {
      work.add(
          new String[] {
            HighlighterGoldenTest.language(p), Files.readString(p, StandardCharsets.UTF_8)
          });
    }
    List<String> expected = new ArrayList<>();
    for (String[] w : work) {
      expected.add(html(w[0], w[1]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<String> out = new ArrayList<>();
                  for (int round = 0; round < 20; round++) {
                    out.clear();
                    for (String[] w : work) {
                      out.add(html(w[0], w[1]));
                    }
                  }
                  return out;
                }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
