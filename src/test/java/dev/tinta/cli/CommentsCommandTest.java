package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tinta comments ...} run in-process with captured output. */
class CommentsCommandTest {
  static final String FILE = "content/comments/another-insight-about-networking.yaml";

  static final String COMMENTS =
      """
      # comments for another-insight-about-networking
      - id: c1
        author: Anonim
        url: https://example.org        # optional
        date: 2010-09-01T10:15:00+07:00
        status: approved
        body: |
          Thanks, this cleared up **subnetting** for me. I had been confused for weeks and now it all makes sense.

      - id: c2
        author: "Spammer \\u001b[31m"
        date: 2010-09-02T10:15:00+07:00
        status: pending
        parent: c1
        body: Cheap watches!
      """;

  @TempDir Path site;

  /** What one run printed and returned. */
  record Run(int code, String out, String err) {}

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--site");
    all.add(site.toString());
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    String nl = System.lineSeparator();
    return new Run(code, out.toString().replace(nl, "\n"), err.toString().replace(nl, "\n"));
  }

  void write(String rel, String text) throws IOException {
    Path file = site.resolve(rel);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  String read(String rel) throws IOException {
    return Files.readString(site.resolve(rel), StandardCharsets.UTF_8);
  }

  @BeforeEach
  void site() throws IOException {
    write(FILE, COMMENTS);
    write(
        "content/comments/hello.yaml",
        """
        - id: c1
          author: Ann
          date: 2011-01-01T00:00:00Z
          status: spam
          body: "\\n\\nFirst line\\nsecond line"
        """);
  }

  @Test
  void listPrintsEveryCommentAsATable() {
    assertThat(run("comments", "list"))
        .isEqualTo(
            new Run(
                0,
                """
                POST                              ID  AUTHOR        DATE                       STATUS    COMMENT
                another-insight-about-networking  c1  Anonim        2010-09-01T10:15:00+07:00  approved  Thanks, this cleared up **subnetting** for me. I…
                another-insight-about-networking  c2  Spammer [31m  2010-09-02T10:15:00+07:00  pending   Cheap watches!
                hello                             c1  Ann           2011-01-01T00:00:00Z       spam      First line
                3 comments
                """,
                ""));
  }

  @Test
  void listFiltersByStatusAndPost() {
    assertThat(run("comments", "list", "--status", "pending"))
        .isEqualTo(
            new Run(
                0,
                """
                POST                              ID  AUTHOR        DATE                       STATUS   COMMENT
                another-insight-about-networking  c2  Spammer [31m  2010-09-02T10:15:00+07:00  pending  Cheap watches!
                1 comment
                """,
                ""));
    assertThat(run("comments", "list", "--post", "hello", "--status", "approved"))
        .isEqualTo(new Run(0, "0 comments\n", ""));
  }

  @Test
  void anUnknownStatusIsAUsageError() {
    Run r = run("comments", "list", "--status", "maybe");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst())
        .hasValue(
            "Invalid value for option '--status': expected one of [APPROVED, PENDING, SPAM,"
                + " REJECTED] (case-insensitive) but was 'maybe'");
    assertThat(r.err()).contains("Usage: tinta comments list");
  }

  @Test
  void approveChangesOnlyTheStatusLine() throws IOException {
    assertThat(
            run(
                "comments",
                "approve",
                "another-insight-about-networking/c2",
                "another-insight-about-networking/c1"))
        .isEqualTo(
            new Run(
                0,
                """
                another-insight-about-networking/c2: pending -> approved
                another-insight-about-networking/c1: already approved
                """,
                ""));
    assertThat(read(FILE)).isEqualTo(COMMENTS.replace("status: pending", "status: approved"));
  }

  @Test
  void rejectAndSpamWorkAcrossFiles() throws IOException {
    assertThat(run("comments", "reject", "hello/c1", "another-insight-about-networking/c1"))
        .isEqualTo(
            new Run(
                0,
                """
                hello/c1: spam -> rejected
                another-insight-about-networking/c1: approved -> rejected
                """,
                ""));
    assertThat(run("comments", "spam", "another-insight-about-networking/c1"))
        .isEqualTo(new Run(0, "another-insight-about-networking/c1: rejected -> spam\n", ""));
    assertThat(read(FILE)).isEqualTo(COMMENTS.replace("status: approved", "status: spam"));
    assertThat(read("content/comments/hello.yaml")).contains("  status: rejected\n");
  }

  @Test
  void anUnknownCommentIsAUserErrorAndNothingChanges() throws IOException {
    assertThat(run("comments", "approve", "hello/c9", "another-insight-about-networking/c2"))
        .isEqualTo(
            new Run(
                1, "", "content/comments/hello.yaml: error: no comment with id 'c9'\n1 error\n"));
    assertThat(read(FILE)).isEqualTo(COMMENTS);
  }

  @Test
  void aRefWithoutSlashIsAUsageError() {
    Run r = run("comments", "approve", "c2");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().findFirst())
        .hasValue("Expected SLUG/ID, such as my-post/c1, not 'c2'");
  }

  @Test
  void aBrokenFileIsReportedCompilerStyleAndNotRewritten() throws IOException {
    String broken =
        COMMENTS.replace("status: pending", "status: waiting").replace("  author: Anonim\n", "");
    write(FILE, broken);

    assertThat(run("comments", "approve", "another-insight-about-networking/c1"))
        .isEqualTo(
            new Run(
                1,
                "",
                """
                content/comments/another-insight-about-networking.yaml:2:3: error: missing required field 'author' (hint: author: Anonim)
                content/comments/another-insight-about-networking.yaml:12:11: error: unknown status 'waiting' (hint: approved, pending, spam or rejected)
                2 errors
                """));
    assertThat(read(FILE)).isEqualTo(broken);
    assertThat(run("comments", "list").code()).isEqualTo(1);
  }

  @Test
  void addAppendsAPendingCommentFromABodyFile() throws IOException {
    Path body = site.resolve("body.md");
    Files.writeString(body, "I *agree*.\r\nSecond line.\r\n", StandardCharsets.UTF_8);
    OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);

    Run r =
        run(
            "comments",
            "add",
            "--post",
            "another-insight-about-networking",
            "--author",
            "Budi",
            "--url",
            "https://budi.example/",
            "--parent",
            "c1",
            "--body-file",
            body.toString());

    OffsetDateTime after = OffsetDateTime.now();
    assertThat(r)
        .isEqualTo(
            new Run(
                0, "added another-insight-about-networking/c3 (pending) to " + FILE + "\n", ""));
    String text = read(FILE);
    assertThat(text).startsWith(COMMENTS);
    String added = text.substring(COMMENTS.length());
    Matcher date = Pattern.compile("  date: (\\S+)\n").matcher(added);
    assertThat(date.find()).isTrue();
    ZonedDateTime written = ZonedDateTime.parse(date.group(1));
    assertThat(written.toInstant()).isBetween(before.toInstant(), after.toInstant());
    assertThat(added)
        .isEqualTo(
            """
            - id: c3
              author: "Budi"
              url: "https://budi.example/"
              date: %s
              status: pending
              parent: c1
              body: |
                I *agree*.
                Second line.
            """
                .formatted(date.group(1)));
  }

  @Test
  void addUsesTheLimitsAndTimeZoneOfSiteYaml() throws IOException {
    write("site.yaml", "time_zone: Asia/Jakarta\ncomments:\n  max_author_length: 3\n");

    assertThat(
            run(
                "comments",
                "add",
                "--post",
                "hello",
                "--author",
                "Budi",
                "--body-file",
                writeBody("Hi")))
        .isEqualTo(
            new Run(
                1,
                "",
                "content/comments/hello.yaml: error: the author is longer than"
                    + " 3 characters\n1 error\n"));
    assertThat(
            run(
                    "comments",
                    "add",
                    "--post",
                    "hello",
                    "--author",
                    "Ann",
                    "--body-file",
                    writeBody("Hi"))
                .code())
        .isZero();
    assertThat(read("content/comments/hello.yaml"))
        .containsPattern(
            "  date: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00\n  status: pending\n");
  }

  @Test
  void addRefusesAnUnknownPost() {
    assertThat(
            run(
                "comments",
                "add",
                "--post",
                "nope",
                "--author",
                "Ann",
                "--body-file",
                writeBody("Hi")))
        .isEqualTo(
            new Run(
                1,
                "",
                "content/comments/nope.yaml: error: no post 'nope' to comment"
                    + " on (hint: add content/posts/nope.md first)\n1 error\n"));
  }

  @Test
  void addWithoutAuthorIsAUsageError() {
    Run r = run("comments", "add", "--post", "hello", "--body-file", writeBody("Hi"));

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines().findFirst()).hasValue("Missing required option: '--author=NAME'");
  }

  @Test
  void aMissingBodyFileIsAUserError() {
    Run r =
        run(
            "comments",
            "add",
            "--post",
            "hello",
            "--author",
            "Ann",
            "--body-file",
            site.resolve("missing.md").toString());

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            site.resolve("missing.md")
                + ": error: cannot read the body: "
                + site.resolve("missing.md")
                + "\n1 error\n");
  }

  @Test
  void commentsWithoutASubcommandIsAUsageError() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"comments"}, new PrintWriter(out), new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().lines().toList())
        .startsWith("Missing a subcommand", "Usage: tinta comments [-hV] [COMMAND]");
  }

  private String writeBody(String text) {
    try {
      Path body = Files.createTempFile(site, "body", ".md");
      Files.writeString(body, text, StandardCharsets.UTF_8);
      return body.toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void serveRefusesAfterPublishWithoutPublish() {
    Run r = run("comments", "serve", "--port", "0", "--after-publish", "true");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--after-publish needs --publish");
  }
}
