package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.CommentSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Loading and validation: each scenario folder under {@code comments/errors/} is a small site whose
 * {@code expected-errors.txt} lists the printed problems word for word.
 */
class CommentStoreErrorsTest {
  @TempDir Path site;

  static Path scenarios() throws URISyntaxException {
    return Path.of(CommentStoreErrorsTest.class.getResource("/comments/errors").toURI());
  }

  static Stream<String> scenarioNames() throws IOException, URISyntaxException {
    try (Stream<Path> dirs = Files.list(scenarios())) {
      return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarioNames")
  void reportsEveryProblemOfTheScenarioAtOnce(String scenario) throws Exception {
    Path dir = scenarios().resolve(scenario);
    List<String> expected =
        Files.readAllLines(dir.resolve("expected-errors.txt"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CommentStore.load(dir, CommentSettings.defaults()))
        .isInstanceOfSatisfying(
            SiteException.class,
            e -> assertThat(e.problems()).map(Problem::format).containsExactlyElementsOf(expected));
  }

  @Test
  void bodyOverTheLimitIsAnErrorAtTheEntry() {
    String body = "x".repeat(10_001);
    TestSite.write(
        site,
        "content/comments/post.yaml",
        "# long\n"
            + TestSite.entry(
                "c1", "Anonim", "", "2010-09-01T10:15:00+07:00", "approved", "", body));

    assertThatThrownBy(() -> CommentStore.load(site, CommentSettings.defaults()))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml:2:3: error: 'body' is longer than 10000"
                            + " characters"));
  }

  @Test
  void bodyAtTheLimitIsAccepted() {
    String body = "😀".repeat(10_000);
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry("c1", "Anonim", "", "2010-09-01T10:15:00+07:00", "approved", "", body));

    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .singleElement()
        .satisfies(c -> assertThat(c.body()).isEqualTo(body));
  }

  @Test
  void codeInABlockScalarBodyIsTextNotNesting() {
    // issue #11: bracket counting refused this as "YAML nested deeper than 64"
    String code = "x = " + "[".repeat(100) + "]".repeat(100) + ";\n";
    TestSite.write(
        site,
        "content/comments/post.yaml",
        "- id: c1\n"
            + "  author: Coder\n"
            + "  date: 2010-09-01T10:15:00+07:00\n"
            + "  status: approved\n"
            + "  body: |\n"
            + "    Try this:\n\n"
            + "        "
            + code);

    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .singleElement()
        .satisfies(c -> assertThat(c.body()).isEqualTo("Try this:\n\n    " + code));
  }

  @Test
  void theDateFormsOfJekyllAndHugoAreAcceptedWithoutAnOffsetInTheSiteZone() {
    List<String> dates =
        List.of(
            "2021-08-30 15:30 -0400",
            "2015-03-01 10:00:00 +0100",
            "2015-03-01 10:00:00 UTC",
            "2010-09-02 10:24:00+07:00",
            "2019-04-09T8:09:26-07:00",
            "2010-08-31T10:00:00",
            "2010-09-01T10:15:00+07:00");
    StringBuilder file = new StringBuilder();
    for (int i = 0; i < dates.size(); i++) {
      file.append(TestSite.approved("c" + i, dates.get(i), ""));
    }
    TestSite.write(site, "content/comments/post.yaml", file.toString());
    CommentSettings jakarta =
        CommentSettings.defaults().withTimeZone(java.time.ZoneId.of("Asia/Jakarta"));

    assertThat(CommentStore.load(site, jakarta).all())
        .map(c -> c.date().toOffsetDateTime().toString())
        .containsExactly(
            "2021-08-30T15:30-04:00",
            "2015-03-01T10:00+01:00",
            "2015-03-01T10:00Z",
            "2010-09-02T10:24+07:00",
            "2019-04-09T08:09:26-07:00",
            "2010-08-31T10:00+07:00",
            "2010-09-01T10:15+07:00");
  }

  @Test
  void authorOverTheLimitIsAnError() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry(
            "c1", "a".repeat(101), "", "2010-09-01T10:15:00+07:00", "approved", "", "Hi."));

    assertThatThrownBy(() -> CommentStore.load(site, CommentSettings.defaults()))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml:2:11: error: 'author' is longer than 100"
                            + " characters"));
  }

  @Test
  void authorLimitCountsTheCleanedName() {
    // 100 letters plus control characters and surrounding spaces: fine once cleaned
    String author = "  " + "a".repeat(50) + "\u0007\u202E" + "a".repeat(50) + "\t ";
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry("c1", author, "", "2010-09-01T10:15:00+07:00", "approved", "", "Hi."));

    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .singleElement()
        .satisfies(c -> assertThat(c.author()).isEqualTo("a".repeat(100)));
  }

  @Test
  void commentFilesWithoutAPostAreReportedAtTheirFirstLine() {
    TestSite.write(
        site, "content/comments/kept.yaml", TestSite.approved("c1", "2010-09-01T10:15:00Z", ""));
    TestSite.write(site, "content/comments/renamed-post.yaml", "# nothing yet\n");
    TestSite.write(
        site,
        "content/comments/deleted-post.yaml",
        TestSite.approved("c1", "2010-09-01T10:15:00Z", ""));

    List<Problem> problems =
        CommentStore.load(site, CommentSettings.defaults()).checkPosts(Set.of("kept", "other"));

    assertThat(problems)
        .map(Problem::format)
        .containsExactly(
            "content/comments/deleted-post.yaml:1: error: comments for a post that does not exist:"
                + " 'deleted-post' (hint: name the file after a post's slug, or delete it)",
            "content/comments/renamed-post.yaml:1: error: comments for a post that does not exist:"
                + " 'renamed-post' (hint: name the file after a post's slug, or delete it)");
  }

  @Test
  void checkPostsIsEmptyWhenEveryFileHasItsPost() {
    TestSite.write(
        site, "content/comments/kept.yaml", TestSite.approved("c1", "2010-09-01T10:15:00Z", ""));

    assertThat(CommentStore.load(site, CommentSettings.defaults()).checkPosts(Set.of("kept")))
        .isEmpty();
  }

  @Test
  void aMissingFolderMeansNoComments() {
    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.all()).isEmpty();
    assertThat(store.recent(5)).isEmpty();
    assertThat(store.checkPosts(Set.of())).isEmpty();
    assertThat(store.thread("any").comments()).isEmpty();
  }

  @Test
  void emptyFilesAndFilesWithOnlyCommentsHoldNoComments() {
    TestSite.write(site, "content/comments/empty.yaml", "");
    TestSite.write(site, "content/comments/remarks.yaml", "# comments for remarks\n\n# none yet\n");

    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.all()).isEmpty();
    assertThat(store.checkPosts(Set.of("empty")))
        .map(Problem::file)
        .containsExactly("content/comments/remarks.yaml");
  }

  @Test
  void lockFilesTempFilesAndOtherFilesAreNotRead() {
    TestSite.write(site, "content/comments/.post.yaml.lock", "");
    TestSite.write(site, "content/comments/.post.yaml.1234.tmp", "[broken");
    TestSite.write(site, "content/comments/notes.txt", "[broken");
    TestSite.write(
        site, "content/comments/post.yaml", TestSite.approved("c1", "2010-09-01T10:15:00Z", ""));

    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .map(c -> c.postSlug() + "/" + c.id())
        .containsExactly("post/c1");
  }

  @Test
  void commentsKeepTheirFieldsAndPositions() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        """
        # comments for post
        - id: c1
          author: Anonim
          url: https://example.org        # optional
          date: 2010-09-01T10:15:00+07:00
          status: approved
          body: |
            Markdown text
        - id: c2
          author: Budi
          date: 2010-09-02T08:00:00Z
          status: pending
          parent: c1
          body: Reply.
        """);

    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .map(
            c ->
                String.join(
                    "|",
                    c.postSlug(),
                    c.id(),
                    c.author(),
                    c.url(),
                    c.date().toString(),
                    c.status().word(),
                    c.parent(),
                    c.body(),
                    c.file(),
                    String.valueOf(c.line())))
        .containsExactly(
            "post|c1|Anonim|https://example.org|2010-09-01T10:15+07:00|approved||Markdown text\n"
                + "|content/comments/post.yaml|2",
            "post|c2|Budi||2010-09-02T08:00Z|pending|c1|Reply.|content/comments/post.yaml|9");
  }
}
