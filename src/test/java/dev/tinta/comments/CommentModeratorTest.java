package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.text.DateTimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Status changes: only the status value changes, nothing is written unless all is well. */
class CommentModeratorTest {
  static final String FILE = "content/comments/post.yaml";

  static final String ORIGINAL =
      """
      # comments for post — kept by hand, please be careful
      - id: c1
        author: Anonim
        url: https://example.org        # optional
        date: 2010-09-01T10:15:00+07:00
        status: approved
        body: |
          First!

      # a reply
      - id: c2
        author: "Budi"
        date: 2010-09-01T11:15:00+07:00
        status:   pending   # waiting for moderation
        parent: c1
        body: >
          Folded
          text.
      - {id: c3, author: 'Citra', date: 2010-09-02T08:00:00Z, status: 'spam', body: "Buy!"}
      """;

  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-03-05T06:07:08.9Z"), ZoneOffset.ofHours(7));

  @TempDir Path site;

  CommentModerator moderator() {
    return new CommentModerator(site, CommentSettings.defaults(), CLOCK);
  }

  static CommentRef ref(String text) {
    return CommentRef.parse(text).orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(
      value = CommentStatus.class,
      names = {"APPROVED", "REJECTED", "SPAM"})
  void changingAStatusRewritesOnlyThatValue(CommentStatus status) {
    TestSite.write(site, FILE, ORIGINAL);

    List<StatusChange> changes = moderator().setStatus(List.of(ref("post/c2")), status);

    assertThat(changes)
        .containsExactly(new StatusChange(ref("post/c2"), CommentStatus.PENDING, status));
    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            ORIGINAL.replace(
                "  status:   pending   # waiting",
                "  status:   " + status.word() + "   # waiting"));
  }

  @Test
  void quotedAndFlowStatusesAreReplacedInPlace() {
    TestSite.write(site, FILE, ORIGINAL);

    moderator().setStatus(List.of(ref("post/c3"), ref("post/c1")), CommentStatus.PENDING);

    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            ORIGINAL
                .replace("status: 'spam'", "status: pending")
                .replace("  status: approved\n", "  status: pending\n"));
  }

  @Test
  void twoEntriesOnOneLineAreBothChanged() {
    String text =
        "[{id: a, author: A, date: 2010-09-01T00:00:00Z, status: pending, body: x},"
            + " {id: b, author: B, date: 2010-09-01T00:00:00Z, status: pending, body: y}]\n";
    TestSite.write(site, FILE, text);

    moderator().setStatus(List.of(ref("post/a"), ref("post/b")), CommentStatus.APPROVED);

    assertThat(TestSite.read(site, FILE)).isEqualTo(text.replace("pending", "approved"));
  }

  @Test
  void windowsLineBreaksAndAByteOrderMarkAreKept() {
    String text = "\uFEFF" + ORIGINAL.replace("\n", "\r\n");
    TestSite.write(site, FILE, text);

    moderator().setStatus(List.of(ref("post/c2")), CommentStatus.APPROVED);

    assertThat(TestSite.read(site, FILE))
        .isEqualTo(text.replace("status:   pending", "status:   approved"));
  }

  @Test
  void aStatusOnTheFirstLineAfterAByteOrderMarkIsFound() {
    String text = "\uFEFF[{id: a, author: A, date: 2010-09-01T00:00:00Z, status: spam, body: x}]\n";
    TestSite.write(site, FILE, text);

    moderator().setStatus(List.of(ref("post/a")), CommentStatus.REJECTED);

    assertThat(TestSite.read(site, FILE)).isEqualTo(text.replace("spam", "rejected"));
  }

  @Test
  void aCommentThatAlreadyHasTheStatusIsNotWritten() throws IOException {
    Path file = TestSite.write(site, FILE, ORIGINAL);
    var before = Files.getLastModifiedTime(file);

    List<StatusChange> changes =
        moderator().setStatus(List.of(ref("post/c1")), CommentStatus.APPROVED);

    assertThat(changes).singleElement().satisfies(c -> assertThat(c.changed()).isFalse());
    assertThat(TestSite.read(site, FILE)).isEqualTo(ORIGINAL);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
  }

  @Test
  void changesAreReportedInTheOrderGivenAcrossFiles() {
    TestSite.write(site, FILE, ORIGINAL);
    TestSite.write(site, "content/comments/other.yaml", ORIGINAL);

    List<StatusChange> changes =
        moderator()
            .setStatus(
                List.of(ref("post/c2"), ref("other/c3"), ref("post/c1"), ref("post/c2")),
                CommentStatus.APPROVED);

    assertThat(changes)
        .map(c -> c.ref() + " " + c.from().word() + " " + c.changed())
        .containsExactly("post/c2 pending true", "other/c3 spam true", "post/c1 approved false");
  }

  @Test
  void anUnknownCommentStopsEveryChange() {
    TestSite.write(site, FILE, ORIGINAL);
    TestSite.write(site, "content/comments/other.yaml", ORIGINAL);

    assertThatThrownBy(
            () ->
                moderator()
                    .setStatus(
                        List.of(
                            ref("other/c2"), ref("post/c9"), ref("missing/c1"), ref("../etc/c1")),
                        CommentStatus.APPROVED))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments: error: '../etc' is not a post slug"
                            + " (hint: a slug is a file name such as my-first-post)",
                        "content/comments/missing.yaml: error: no comments file for post 'missing'",
                        "content/comments/post.yaml: error: no comment with id 'c9'"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(ORIGINAL);
    assertThat(TestSite.read(site, "content/comments/other.yaml")).isEqualTo(ORIGINAL);
  }

  @Test
  void aFileWithProblemsIsNeverRewritten() {
    String broken = ORIGINAL.replace("date: 2010-09-01T11:15:00+07:00", "date: yesterday");
    TestSite.write(site, FILE, broken);

    assertThatThrownBy(() -> moderator().setStatus(List.of(ref("post/c1")), CommentStatus.SPAM))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml:13:9: error: 'date' is not a date (hint: use "
                            + DateTimes.FORMS
                            + ")"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(broken);
  }

  @Test
  void aFileThatDoesNotParseIsNeverRewritten() {
    String broken = ORIGINAL + "- id: c4\n  author: \"unclosed\n";
    TestSite.write(site, FILE, broken);

    assertThatThrownBy(() -> moderator().setStatus(List.of(ref("post/c1")), CommentStatus.SPAM))
        .isInstanceOf(SiteException.class)
        .hasMessageStartingWith("content/comments/post.yaml:")
        .hasMessageContaining("invalid YAML");
    assertThatThrownBy(() -> moderator().add(new NewComment("post", "Eve", "", "", "Hello")))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("invalid YAML");
    assertThat(TestSite.read(site, FILE)).isEqualTo(broken);
  }

  @Test
  void aStatusSharedThroughAnAnchorIsNotChanged() {
    String text =
        """
        - id: a
          author: A
          date: 2010-09-01T00:00:00Z
          status: &waiting pending
          body: x
        - id: b
          author: B
          date: 2010-09-01T00:00:00Z
          status: *waiting
          body: y
        """;
    TestSite.write(site, FILE, text);

    assertThatThrownBy(() -> moderator().setStatus(List.of(ref("post/a")), CommentStatus.SPAM))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml:4:11: error: cannot change this status"
                            + " in place (hint: write it on one line: status: pending)"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(text);
  }

  @Test
  void aCrashBetweenWritingAndRenamingLeavesTheOriginalIntact() throws IOException {
    TestSite.write(site, FILE, ORIGINAL);
    CommentFileUpdater crashing =
        new CommentFileUpdater(
            () -> {
              throw new IllegalStateException("simulated crash after the temp file was written");
            });
    CommentModerator moderator =
        new CommentModerator(site, CommentSettings.defaults(), CLOCK, crashing);

    assertThatThrownBy(() -> moderator.setStatus(List.of(ref("post/c2")), CommentStatus.APPROVED))
        .hasMessage("simulated crash after the temp file was written");
    assertThatThrownBy(() -> moderator.add(new NewComment("post", "Eve", "", "", "Hi")))
        .hasMessage("simulated crash after the temp file was written");

    assertThat(TestSite.read(site, FILE)).isEqualTo(ORIGINAL);
    try (Stream<Path> files = Files.list(site.resolve("content/comments"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(".post.yaml.lock", "post.yaml");
    }
    assertThat(CommentStore.load(site, CommentSettings.defaults()).all()).hasSize(3);
  }

  @Test
  void theRewrittenFileKeepsItsPermissions() throws IOException {
    Path file = TestSite.write(site, FILE, ORIGINAL);
    var view =
        Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
    org.junit.jupiter.api.Assumptions.assumeTrue(view != null, "POSIX file system");
    var perms = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----");
    Files.setPosixFilePermissions(file, perms);

    moderator().setStatus(List.of(ref("post/c2")), CommentStatus.APPROVED);

    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(perms);
  }

  @Test
  void listShowsEveryStatusSortedAndFiltered() {
    TestSite.write(site, FILE, ORIGINAL);
    TestSite.write(
        site,
        "content/comments/another.yaml",
        TestSite.entry(
            "x1",
            "Dewi\u001b[31m",
            "",
            "2009-01-01T00:00:00Z",
            "pending",
            "",
            "\n\n  Line one\u0007\nline two"));

    assertThat(moderator().list(Optional.empty(), Optional.empty()))
        .map(
            r ->
                String.join(
                    "|",
                    r.postSlug(),
                    r.id(),
                    r.author(),
                    r.date().toString(),
                    r.status().word(),
                    r.firstLine()))
        .containsExactly(
            "another|x1|Dewi[31m|2009-01-01T00:00Z|pending|Line one",
            "post|c1|Anonim|2010-09-01T10:15+07:00|approved|First!",
            "post|c2|Budi|2010-09-01T11:15+07:00|pending|Folded text.",
            "post|c3|Citra|2010-09-02T08:00Z|spam|Buy!");
    assertThat(moderator().list(Optional.of(CommentStatus.PENDING), Optional.of("post")))
        .map(CommentRow::id)
        .containsExactly("c2");
  }

  @Test
  void moderatedCommentsShowUpInTheStore() {
    TestSite.write(site, FILE, ORIGINAL);

    moderator().setStatus(List.of(ref("post/c2")), CommentStatus.APPROVED);

    assertThat(CommentStore.load(site, CommentSettings.defaults()).thread("post").count())
        .isEqualTo(2);
    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .map(Comment::status)
        .containsExactly(CommentStatus.APPROVED, CommentStatus.APPROVED, CommentStatus.SPAM);
  }
}
