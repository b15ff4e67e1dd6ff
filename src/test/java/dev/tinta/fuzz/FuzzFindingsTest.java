package dev.tinta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crashes {@link SiteFuzzIT} and {@code bench/pathological.py} found, one test each: the
 * example blog with the mutation, built in-process, must fail as a user mistake with exactly these
 * lines. Each names the fuzz case that found it ({@code -Dfuzz.replay=SEED}).
 */
class FuzzFindingsTest {
  @TempDir Path tmp;

  private SiteCopy site;

  @BeforeEach
  void copyTheExampleBlog() {
    site = SiteCopy.of(Path.of("").toAbsolutePath(), tmp.resolve("site"));
  }

  private BuildVerdict build() {
    return BuildVerdict.build(site.dir(), tmp.resolve("site-output"), List.of());
  }

  private void insert(String path, int line, String text) {
    String[] lines = new String(site.bytes(path), StandardCharsets.UTF_8).split("\n", -1);
    lines[line - 1] = text + lines[line - 1];
    site.write(path, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
  }

  /** Seed 401f9f993ca8f5ab (series 1): a StackOverflowError left Main.run altogether. */
  @Test
  void templateThatRecursesWithoutEndIsAnError() {
    insert(
        "templates/layouts/tags.ftlh", 5, "<#function f x><#return f(x + 1)></#function>${f(1)}");

    BuildVerdict run = build();

    assertThat(run.err())
        .isEqualTo(
            "templates/layouts/tags.ftlh: error: template error: calls nested too deeply (hint: a"
                + " macro or function that calls itself without end?)\n1 error\n");
    assertThat(run.code()).isEqualTo(1);
  }

  /** Also from a partial that a layout includes: the error names the layout being rendered. */
  @Test
  void macroThatRecursesInAPartialIsAnError() {
    insert("templates/partials/sidebar.ftlh", 1, "<#macro r n><@r n + 1/></#macro><@r 0/>");

    BuildVerdict run = build();

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.complaints()).isEmpty();
    assertThat(run.err()).contains(": error: template error: calls nested too deeply");
  }

  /**
   * Seed b41d1166f0fa7f73 (series 1): a UI-strings file with {@code \\u} and fewer than four hex
   * digits made Properties throw IllegalArgumentException, an internal error.
   */
  @Test
  void malformedUnicodeEscapeInUiStringsIsAnErrorAtItsLine() {
    String path = "templates/i18n/id.properties";
    String text = new String(site.bytes(path), StandardCharsets.UTF_8);
    site.write(
        path,
        ("# ok: \\u00\n" + text + "older_posts=Lebih \\u00 lama\n")
            .getBytes(StandardCharsets.UTF_8));
    int line = text.split("\n", -1).length + 1;

    BuildVerdict run = build();

    assertThat(run.err())
        .isEqualTo(
            "templates/i18n/id.properties:"
                + line
                + ":19: error: malformed \\uXXXX escape (hint: \\u and four hex digits, such as"
                + " \\u00e9; \\\\ for a backslash)\n1 error\n");
    assertThat(run.code()).isEqualTo(1);
  }

  /**
   * bench/pathological.py, cmark issue #389: commonmark-java matches this emphasis in quadratic
   * time (10,000 units took 38 s, 20,000 over 2 minutes); a build must refuse it, not hang.
   */
  @Test
  void paragraphWithTensOfThousandsOfEmphasisRunsIsRefused() {
    String path = "content/posts/five-small-networking-habits.md";
    String text = new String(site.bytes(path), StandardCharsets.UTF_8);
    String hostile = "*a ".repeat(20_000) + "_a*_ ".repeat(20_000);
    site.write(path, (text + "\nSee:\n" + hostile + "\n").getBytes(StandardCharsets.UTF_8));
    int line = text.split("\n", -1).length + 1;

    BuildVerdict run = build();

    assertThat(run.err())
        .isEqualTo(
            path
                + ":"
                + line
                + ":1: error: a paragraph with 80000 runs of '*', '_' or '~' (at most 5000 are"
                + " parsed) (hint: escape them as \\*, \\_ or \\~, or put the text in a code"
                + " block)\n1 error\n");
    assertThat(run.code()).isEqualTo(1);
  }

  /**
   * Seed 5c47c2e6bb092e19 (default series): a misspelt permalink placeholder was an internal error.
   */
  @Test
  void permalinkWithAnUnknownPlaceholderIsAnErrorInSiteYaml() {
    String text = new String(site.bytes("site.yaml"), StandardCharsets.UTF_8);
    site.write(
        "site.yaml",
        text.replace("permalink: /:year/:month/:slug/", "permalink: /:yeab/:month/:slug/")
            .getBytes(StandardCharsets.UTF_8));

    BuildVerdict run = build();

    assertThat(run.err())
        .isEqualTo(
            "site.yaml:12:12: error: 'permalink' has ':yeab', which is not :year, :month, :day or"
                + " :slug (hint: permalink: /:year/:month/:slug/)\n1 error\n");
    assertThat(run.code()).isEqualTo(1);
  }
}
