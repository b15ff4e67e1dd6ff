package dev.tinta.highlight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language's tricky sample ({@code src/test/resources/highlight/samples/<language>.txt}, the
 * token makers' known gaps included) against its reviewed highlighting ({@code <language>.html});
 * {@code -Dgolden.update=true} rewrites the golden files (review the diff).
 */
class HighlighterGoldenTest {
  static final Path SAMPLES = Path.of("src/test/resources/highlight/samples");
  private static final Highlighter HIGHLIGHTER = new Highlighter();

  static List<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SAMPLES)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  static String language(Path sample) {
    String name = sample.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void matchesItsGoldenHighlighting(Path sample) throws IOException {
    String code = Files.readString(sample, StandardCharsets.UTF_8);
    String html = TokensHtml.of(HIGHLIGHTER.highlight(language(sample), code).orElseThrow());
    Path golden = SAMPLES.resolve(language(sample) + ".html");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyLanguageTheIssueNamesHasASample() throws IOException {
    List<String> have = samples().stream().map(HighlighterGoldenTest::language).toList();
    assertThat(have)
        .containsAll(
            List.of(
                "java",
                "python",
                "yaml",
                "bash",
                "json",
                "html",
                "xml",
                "css",
                "javascript",
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
                "dockerfile"));
  }
}
