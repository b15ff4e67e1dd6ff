package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.cli.BuildCommandTest.CliRun;
import dev.tinta.pipeline.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warnings as data (issue #11): printed compiler-style, counted in the summary line, never failing
 * the build; every printed list of problems is capped.
 */
class BuildWarningsTest {
  @TempDir Path tmp;

  private Path site() throws IOException {
    Path site = tmp.resolve("site");
    FileTrees.copy(BuildCommandTest.small(), site);
    return site;
  }

  private CliRun build(Path site) {
    return CliRun.of("build", "--site", site.toString(), "--output", tmp.resolve("out").toString());
  }

  @Test
  void aHugeListOfErrorsIsCappedAtOneHundredLines() throws IOException {
    Path site = site();
    for (int i = 0; i < 120; i++) {
      Files.writeString(
          site.resolve(String.format(Locale.ROOT, "content/posts/broken-%03d.md", i)),
          "---\ndate: 2024-01-01\n---\n\nNo title.\n");
    }

    CliRun run = build(site);

    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(102);
    assertThat(lines.get(0))
        .isEqualTo(
            "content/posts/broken-000.md:2:1: error: missing required field 'title'"
                + " (hint: title: My first post)");
    assertThat(lines.subList(0, 100)).allMatch(l -> l.startsWith("content/posts/broken-"));
    assertThat(lines.subList(100, 102)).containsExactly("and 20 more", "120 errors");
  }

  @Test
  void warningsArePrintedCountedAndDoNotFailTheBuild() throws IOException {
    Path site = site();
    Files.writeString(
        site.resolve("content/posts/hidden.md"),
        "---\ntitle: Hidden\ndate: 2024-01-02\npublished: false\n---\n\nNot yet.\n");
    Files.writeString(
        site.resolve("content/posts/sorted.md"),
        "---\ntitle: Sorted\ndate: 2024-01-03\ncategories: [x]\n---\n\nBody.\n");

    CliRun run = build(site);

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "content/posts/sorted.md:4:1: warning: 'categories' means nothing to tinta; templates"
                + " can read it as post.extra.categories (hint: tinta groups posts by tags: [a,"
                + " b])\n");
    assertThat(run.out())
        .matches(
            "Posts 4 · Pages 14 · Tags 2 · Files 24 \\(24 changed\\) · [0-9,]+ ms · 1 warning\n");
    assertThat(tmp.resolve("out/2024/01/hidden")).doesNotExist();
    assertThat(tmp.resolve("out/2024/01/sorted/index.html")).isRegularFile();
  }

  @Test
  void filesNotUsedAreNamedAndCountedInTheSummary() throws IOException {
    Path site = site();
    Files.createDirectories(site.resolve("content/posts/2019"));
    Files.writeString(
        site.resolve("content/posts/2019/dated.md"), "---\ntitle: D\ndate: 2019-01-01\n---\n");
    Files.writeString(
        site.resolve("content/posts/jekyll.markdown"),
        "---\ntitle: Jekyll\ndate: 2024-01-04\ndescription: Old.\n---\n\nRead.\n");
    Files.writeString(site.resolve("content/notes.txt"), "x");

    CliRun run = build(site);

    assertThat(run.code()).isZero();
    assertThat(run.err().lines())
        .map(l -> l.replaceFirst(" \\(hint: .*", ""))
        .containsExactly(
            "content/notes.txt: warning: not used: tinta reads nothing from this file",
            "content/posts/2019/dated.md: warning: not used: tinta reads nothing from this file",
            "content/posts/jekyll.markdown:4:1: warning: 'description' means nothing to tinta;"
                + " templates can read it as post.extra.description");
    assertThat(run.out()).matches("Posts 4 · .* ms · 3 warnings \\(2 unused files\\)\n");
    assertThat(tmp.resolve("out/2024/01/jekyll/index.html")).isRegularFile();
  }

  @Test
  void aFailedBuildPrintsItsWarningsWithItsErrors() throws IOException {
    Path site = site();
    Files.writeString(site.resolve("content/notes.txt"), "x");
    Files.createDirectories(site.resolve("content/comments"));
    Files.writeString(site.resolve("content/comments/hello.yaml"), "- id: [broken\n");

    CliRun run = build(site);

    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("content/comments/hello.yaml:2:1: error: invalid YAML");
    assertThat(lines.get(1))
        .startsWith("content/notes.txt: warning: not used: tinta reads nothing from this file");
    assertThat(lines.get(2)).isEqualTo("1 error, 1 warning");
  }
}
