package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.pipeline.FileTrees;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code tinta build} run in-process: the summary, usage errors, and one fixture site per user
 * mistake under {@code src/test/resources/sites/<scenario>/}, whose {@code input/} must fail to
 * build with exactly the lines of {@code expected-errors.txt} on stderr.
 */
class BuildCommandTest {
  @TempDir Path tmp;

  /**
   * One in-process run of the {@code tinta} command with captured output; shared by the CLI tests.
   *
   * @param code the exit code
   */
  record CliRun(int code, String out, String err) {
    static CliRun of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
      return new CliRun(code, out.toString(), err.toString());
    }
  }

  static Path sites() {
    try {
      return Path.of(BuildCommandTest.class.getResource("/sites").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(sites())) {
      return dirs
          .filter(d -> Files.exists(d.resolve("expected-errors.txt")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void userMistakeIsPrintedWordForWord(String scenario) throws IOException {
    Path dir = sites().resolve(scenario);
    Path out = tmp.resolve("site-output");
    String expected = Files.readString(dir.resolve("expected-errors.txt"), StandardCharsets.UTF_8);

    CliRun run =
        CliRun.of("build", "--site", dir.resolve("input").toString(), "--output", out.toString());

    assertThat(run.err()).isEqualTo(expected);
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
  }

  @Test
  void timingsListEveryStageInOrderBeforeTheSummary() {
    Path out = tmp.resolve("timed-output");
    CliRun run =
        CliRun.of("build", "--timings", "--site", small().toString(), "--output", out.toString());

    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1))
        .allMatch(line -> line.matches(" *[0-9,]+ ms  [a-z ,]+"))
        .extracting(line -> line.replaceFirst(" *[0-9,]+ ms  ", ""))
        .containsExactly(
            "config and templates",
            "read content and comments",
            "markdown and html passes",
            "tags, archive, sidebar",
            "comment threads and page plan",
            "render and write pages",
            "feeds, sitemap, static files",
            "swap in the new site");
    assertThat(lines.get(lines.size() - 1)).startsWith("Posts 3 · Pages 13");
  }

  @Test
  void buildPrintsTheSummaryAndExitsZero() {
    Path out = tmp.resolve("site-output");
    CliRun first = CliRun.of("build", "--site", small().toString(), "--output", out.toString());

    assertThat(first.err()).isEmpty();
    assertThat(first.code()).isZero();
    assertThat(first.out())
        .matches("Posts 3 · Pages 13 · Tags 2 · Files 23 \\(23 changed\\) · [0-9,]+ ms\n");
    assertThat(FileTrees.read(out))
        .hasSize(23)
        .containsKeys(
            "index.html",
            "extra.txt",
            "2024/03/привет-мир/index.html",
            "2024/01/notes/dot.svg",
            "tags/мир/index.html");

    CliRun again = CliRun.of("build", "--site", small().toString(), "--output", out.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out())
        .matches("Posts 3 · Pages 13 · Tags 2 · Files 23 \\(0 changed\\) · [0-9,]+ ms\n");
  }

  @Test
  void draftsAreBuiltOnlyWhenAsked() throws IOException {
    Path site = tmp.resolve("site");
    FileTrees.copy(small(), site);
    Files.writeString(
        site.resolve("content/posts/draft.md"),
        "---\ntitle: Draft\ndate: 2024-02-01\ndraft: true\n---\n\nNot yet.\n");
    Path out = tmp.resolve("out");

    CliRun without = CliRun.of("build", "--site", site.toString(), "--output", out.toString());
    assertThat(without.out()).startsWith("Posts 3 ·");
    assertThat(out.resolve("2024/02/draft/index.html")).doesNotExist();

    CliRun with =
        CliRun.of("build", "--drafts", "--site", site.toString(), "--output", out.toString());
    assertThat(with.code()).isZero();
    assertThat(with.out()).startsWith("Posts 4 ·");
    assertThat(out.resolve("2024/02/draft/index.html")).isRegularFile();
  }

  @Test
  void aLanguageWithoutUiStringsIsAWarning() throws IOException {
    Path site = tmp.resolve("site");
    FileTrees.copy(small(), site);
    for (String name : new String[] {"a", "b"}) {
      Files.writeString(
          site.resolve("content/posts/ko-" + name + ".md"),
          "---\ntitle: Korean " + name + "\ndate: 2024-02-01\nlang: ko\n---\n\n안녕하세요.\n");
    }
    Files.writeString(
        site.resolve("content/posts/zh.md"),
        "---\ntitle: Chinese\ndate: 2024-02-02\nlang: zh-Hans\n---\n\n你好。\n");
    Path out = tmp.resolve("out");

    CliRun run = CliRun.of("build", "--site", site.toString(), "--output", out.toString());
    assertThat(run.code()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "content/posts/ko-a.md: warning: no UI strings for language 'ko' (and 1 more file);"
                + " its pages show English ones (hint: add templates/i18n/ko.properties, with the"
                + " keys of the default theme's en.properties)\n");
    assertThat(run.out()).startsWith("Posts 6 ·");
  }

  @Test
  void aStaticFileAtAGeneratedPathIsPublishedInsteadWithANote() throws IOException {
    // #11: a Hugo blog's static/robots.txt was an internal error, "two outputs for robots.txt"
    Path site = tmp.resolve("site");
    FileTrees.copy(small(), site);
    Files.writeString(site.resolve("static/robots.txt"), "User-agent: *\nDisallow: /\n");
    Files.writeString(site.resolve("static/feed.json"), "{}\n");
    Files.createDirectories(site.resolve("static/tags"));
    Files.writeString(site.resolve("static/tags/index.html"), "<p>Tags, by hand.</p>\n");
    Path out = tmp.resolve("out");

    CliRun run = CliRun.of("build", "--site", site.toString(), "--output", out.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "static/feed.json: warning: replaces the feed.json tinta would make\n"
                + "static/robots.txt: warning: replaces the robots.txt tinta would make\n"
                + "static/tags/index.html: warning: replaces the tags/index.html tinta would make\n");
    assertThat(run.out()).startsWith("Posts 3 · Pages 12 ·").contains("Files 23 ");
    var files = FileTrees.read(out);
    assertThat(new String(files.get("robots.txt"), StandardCharsets.UTF_8))
        .isEqualTo("User-agent: *\nDisallow: /\n");
    assertThat(new String(files.get("feed.json"), StandardCharsets.UTF_8)).isEqualTo("{}\n");
    assertThat(new String(files.get("tags/index.html"), StandardCharsets.UTF_8))
        .isEqualTo("<p>Tags, by hand.</p>\n");
    assertThat(files).containsKeys("feed.xml", "sitemap.xml", "tags/travel/index.html");
  }

  @Test
  void aContentFileAboveTheSizeLimitIsRefusedUnread() throws IOException {
    // #11: 3 GB (sparse: no disk is used) cannot even be read into one array; the default limit
    // of 10 MB refuses it by its size alone
    Path site = tmp.resolve("site");
    FileTrees.copy(small(), site);
    try (var file =
        new java.io.RandomAccessFile(site.resolve("content/posts/huge.md").toFile(), "rw")) {
      file.setLength(3L << 30);
    }
    Path out = tmp.resolve("out");

    CliRun run = CliRun.of("build", "--site", site.toString(), "--output", out.toString());

    assertThat(run.err())
        .isEqualTo(
            "content/posts/huge.md: error: 3,221,225,472 bytes, more than max_file_size"
                + " (10,485,760 bytes) (hint: split it, or raise max_file_size in site.yaml)\n"
                + "1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(out).doesNotExist();
  }

  @Test
  void baseUrlOptionOverridesSiteYaml() throws IOException {
    Path out = tmp.resolve("out");
    CliRun run =
        CliRun.of(
            "build",
            "--site",
            small().toString(),
            "--output",
            out.toString(),
            "--base-url",
            "https://preview.example.net/x");
    assertThat(run.code()).isZero();
    assertThat(Files.readString(out.resolve("robots.txt")))
        .isEqualTo(
            "User-agent: *\nAllow: /\n\nSitemap: https://preview.example.net/x/sitemap.xml\n");
  }

  @Test
  void aFailedBuildKeepsTheLastGoodOutput() throws IOException {
    Path site = tmp.resolve("site");
    FileTrees.copy(small(), site);
    Path out = tmp.resolve("site-output");
    assertThat(CliRun.of("build", "--site", site.toString(), "--output", out.toString()).code())
        .isZero();
    var good = FileTrees.read(out);

    Files.writeString(site.resolve("content/posts/hello.md"), "No front matter any more.\n");
    CliRun broken = CliRun.of("build", "--site", site.toString(), "--output", out.toString());

    assertThat(broken.code()).isEqualTo(Main.USER_ERROR);
    assertThat(broken.err())
        .isEqualTo(
            "content/posts/hello.md:1:1: error: no front matter (hint:"
                + " start the file with a line '---', then title: and date:, then '---')\n1 error\n");
    FileTrees.assertSameFiles(good, FileTrees.read(out));
    assertThat(FileTrees.names(tmp)).noneMatch(n -> n.startsWith(".site-output"));
  }

  @Test
  void helpExitsZero() {
    CliRun run = CliRun.of("build", "--help");
    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines().findFirst())
        .hasValue("Usage: tinta build [-hV] [--drafts] [--future] [--timings] [--verbose]");
    assertThat(run.out()).contains("--base-url=URL", "--output=DIR", "--site=DIR", "--timings");

    CliRun top = CliRun.of("--help");
    assertThat(top.code()).isZero();
    assertThat(top.out().lines().findFirst()).hasValue("Usage: tinta [-hV] [COMMAND]");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("build", "--bogus");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().findFirst()).hasValue("Unknown option: '--bogus'");
    assertThat(run.err()).contains("Usage: tinta build");
  }

  @Test
  void aMissingSiteFolderIsAUserErrorAndCreatesNothing() {
    Path missing = tmp.resolve("no-such-site");
    CliRun run = CliRun.of("build", "--site", missing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            missing
                + ": error: no such site folder (hint: give --site the folder with site.yaml and"
                + " content/)\n1 error\n");
    assertThat(missing).doesNotExist();
  }

  @Test
  void relativeBaseUrlIsAUsageError() {
    CliRun run =
        CliRun.of(
            "build",
            "--site",
            small().toString(),
            "--output",
            tmp.resolve("out").toString(),
            "--base-url",
            "preview/");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().findFirst())
        .hasValue("--base-url must be an absolute URL such as https://blog.example.org/");
    assertThat(tmp.resolve("out")).doesNotExist();
  }

  static Path small() {
    return sites().resolve("small/input");
  }

  @Test
  void everyRequiredScenarioHasAFixture() throws IOException {
    assertThat(scenarios().toList())
        .containsAll(
            List.of(
                "no-front-matter",
                "front-matter-not-closed",
                "invalid-yaml",
                "missing-title",
                "missing-date",
                "bad-date",
                "wrong-type-tags",
                "wrong-type-draft",
                "duplicate-url",
                "not-utf8",
                "unknown-layout",
                "template-syntax-error",
                "template-runtime-error",
                "missing-link",
                "bad-site-yaml",
                "three-broken-posts",
                "duplicate-key",
                "site-yaml-invalid",
                "page-problems",
                "template-syntax-error-many-posts",
                "template-syntax-error-in-partial",
                "output-path-taken",
                "file-too-large"));
  }
}
