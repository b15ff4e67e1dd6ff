package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Adding comments: appended lines only, fresh ids, exact round trip of every field. */
class CommentAddTest {
  static final String FILE = CommentModeratorTest.FILE;

  @TempDir Path site;

  CommentModerator moderator() {
    return new CommentModerator(site, CommentSettings.defaults(), CommentModeratorTest.CLOCK);
  }

  @Test
  void aNewCommentIsAppendedPendingWithTheNextIdAndTheClocksTime() {
    TestSite.write(site, FILE, CommentModeratorTest.ORIGINAL);

    Comment added =
        moderator()
            .add(
                new NewComment(
                    "post",
                    " Eve \"E\" O'Hara ",
                    "https://eve.example/?a=1&b=2#x",
                    "c2",
                    "Hello *there*,\n\n  indented\n\ttabbed\n"));

    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            CommentModeratorTest.ORIGINAL
                + """
                - id: c4
                  author: "Eve \\"E\\" O'Hara"
                  url: "https://eve.example/?a=1&b=2#x"
                  date: 2024-03-05T13:07:08+07:00
                  status: pending
                  parent: c2
                  body: |
                    Hello *there*,

                      indented
                    \ttabbed
                """);
    assertThat(added)
        .isEqualTo(
            new Comment(
                "post",
                "c4",
                "Eve \"E\" O'Hara",
                "https://eve.example/?a=1&b=2#x",
                added.date(),
                dev.tinta.model.CommentStatus.PENDING,
                "c2",
                "Hello *there*,\n\n  indented\n\ttabbed\n",
                FILE,
                20));
    assertThat(added.date().toString()).isEqualTo("2024-03-05T13:07:08+07:00");
  }

  @Test
  void theFirstCommentOfAPostCreatesItsFile() {
    TestSite.write(site, "content/posts/hello.md", "---\ntitle: Hello\n---\nHi\n");

    moderator().add(new NewComment("hello", "Ann", "", "", "First"));

    assertThat(TestSite.read(site, "content/comments/hello.yaml"))
        .isEqualTo(
            """
            # comments for hello
            - id: c1
              author: "Ann"
              date: 2024-03-05T13:07:08+07:00
              status: pending
              body: |
                First
            """);
  }

  @Test
  void aBundlePostCountsAsAPost() {
    TestSite.write(site, "content/posts/trip/index.md", "---\ntitle: Trip\n---\n");

    assertThat(moderator().add(new NewComment("trip", "Ann", "", "", "Nice")).id()).isEqualTo("c1");
  }

  @Test
  void aPostWithoutFileOrCommentsIsRefusedAlongWithEveryOtherMistake() {
    assertThatThrownBy(
            () ->
                moderator()
                    .add(new NewComment("nope", "\u0007 ", "javascript:alert(1)", "", " \n ")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/nope.yaml: error: no post 'nope' to comment on"
                            + " (hint: add content/posts/nope.md first)",
                        "content/comments/nope.yaml: error: the author must not be empty",
                        "content/comments/nope.yaml: error: the comment body is empty",
                        "content/comments/nope.yaml: error: the link must be an http or https"
                            + " address (hint: https://example.org)"));
    assertThat(site.resolve("content/comments")).doesNotExist();
  }

  @Test
  void limitsApply() {
    TestSite.write(site, FILE, CommentModeratorTest.ORIGINAL);

    assertThatThrownBy(
            () ->
                moderator()
                    .add(new NewComment("post", "a".repeat(101), "", "", "b".repeat(10_001))))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml: error: the author is longer than 100"
                            + " characters",
                        "content/comments/post.yaml: error: the body is longer than 10000"
                            + " characters"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(CommentModeratorTest.ORIGINAL);
  }

  @Test
  void anUnknownParentIsRefused() {
    TestSite.write(site, FILE, CommentModeratorTest.ORIGINAL);

    assertThatThrownBy(() -> moderator().add(new NewComment("post", "Ann", "", "c9", "Hi")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml: error: no comment with id 'c9' to reply to"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(CommentModeratorTest.ORIGINAL);
  }

  @Test
  void aSlugThatLeavesTheFolderIsRefused() {
    assertThatThrownBy(
            () -> moderator().add(new NewComment("../../etc/passwd", "Ann", "", "", "Hi")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments: error: '../../etc/passwd' is not a post slug"
                            + " (hint: a slug is a file name such as my-first-post)"));
  }

  @Test
  void idsContinueAfterTheHighestNumber() {
    TestSite.write(
        site,
        FILE,
        TestSite.approved("c7", "2010-09-01T00:00:00Z", "")
            + TestSite.approved("x", "2010-09-01T00:00:00Z", "")
            + TestSite.approved("c02", "2010-09-01T00:00:00Z", ""));

    assertThat(moderator().add(new NewComment("post", "Ann", "", "", "Hi")).id()).isEqualTo("c8");
    assertThat(moderator().add(new NewComment("post", "Ann", "", "", "Hi")).id()).isEqualTo("c9");
  }

  @Test
  void anIndentedListGetsEntriesAtItsIndentation() {
    String text =
        "  - id: c1\n    author: A\n    date: 2010-09-01T00:00:00Z\n"
            + "    status: approved\n    body: x";
    TestSite.write(site, FILE, text);

    moderator().add(new NewComment("post", "Ann", "", "", "Hi"));

    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            text
                + "\n"
                + "  - id: c2\n    author: \"Ann\"\n    date: 2024-03-05T13:07:08+07:00\n"
                + "    status: pending\n    body: |\n      Hi\n");
  }

  @Test
  void aFileWithWindowsLineBreaksKeepsThem() {
    String text = CommentModeratorTest.ORIGINAL.replace("\n", "\r\n");
    TestSite.write(site, FILE, text);

    moderator().add(new NewComment("post", "Ann", "", "", "Two\nlines"));

    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            text
                + "- id: c4\r\n  author: \"Ann\"\r\n"
                + "  date: 2024-03-05T13:07:08+07:00\r\n  status: pending\r\n  body: |\r\n"
                + "    Two\r\n    lines\r\n");
  }

  @Test
  void aFlowListIsNotAppendedTo() {
    String text = "[{id: a, author: A, date: 2010-09-01T00:00:00Z, status: spam, body: x}]\n";
    TestSite.write(site, FILE, text);

    assertThatThrownBy(() -> moderator().add(new NewComment("post", "Ann", "", "", "Hi")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml: error: cannot add to a comments file written"
                            + " as a [flow, list] (hint: write each comment as a block entry"
                            + " starting with '- id:')"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(text);
  }

  @Test
  void aFileEndingInADocumentMarkerIsLeftAsItWas() {
    String text = TestSite.approved("c1", "2010-09-01T00:00:00Z", "") + "...\n";
    TestSite.write(site, FILE, text);

    assertThatThrownBy(() -> moderator().add(new NewComment("post", "Ann", "", "", "Hi")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "content/comments/post.yaml: error: cannot change this file safely; it was"
                            + " left as it was (hint: write the comments as a plain block list of"
                            + " '- id:' entries)"));
    assertThat(TestSite.read(site, FILE)).isEqualTo(text);
  }

  static Stream<String> trickyBodies() {
    return Stream.of(
        "plain",
        "  leading spaces",
        "\tleading tab",
        "# not a YAML comment\n- not a list\n---\n...\nkey: value",
        "quotes \" and ' and \\ backslash",
        "trailing spaces   \nand more",
        "emoji 😀 and Ελληνικά and 中文",
        "control \u0001 \u001b[31m and DEL \u007f",
        "line separator \u2028 paragraph \u2029 NEL \u0085 BOM \uFEFF",
        "| looks like a block\n> quote",
        "windows\r\nbreaks\rold mac",
        "\n\n\nleading blank lines",
        "  \n  \nblank lines with spaces first",
        "middle\n   \nwhitespace-only line",
        "ends with many breaks\n\n\n\n",
        "*",
        "&anchor *alias !tag %directive @at `tick`");
  }

  @ParameterizedTest
  @MethodSource("trickyBodies")
  void everyBodyReadsBackExactlyAndOldBytesStayAPrefix(String body) {
    TestSite.write(site, FILE, CommentModeratorTest.ORIGINAL);

    Comment added = moderator().add(new NewComment("post", "Ann", "", "", body));

    String normalized =
        body.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceFirst("^(?:[ \t]*\n)+", "")
                .stripTrailing()
            + "\n";
    assertThat(added.body()).isEqualTo(normalized);
    assertThat(TestSite.read(site, FILE)).startsWith(CommentModeratorTest.ORIGINAL);
    assertThat(CommentStore.load(site, CommentSettings.defaults()).all())
        .map(Comment::body)
        .containsExactly("First!\n", "Folded text.\n", "Buy!", normalized);
  }

  @Test
  @Timeout(60)
  void writersInOneProcessDoNotLoseComments() throws Exception {
    TestSite.write(site, FILE, CommentModeratorTest.ORIGINAL);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Comment>> added = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String body = "Thread comment " + i;
        // separate moderators, as separate commands in one JVM would have
        added.add(pool.submit(() -> moderator().add(new NewComment("post", "T", "", "", body))));
      }
      for (Future<Comment> f : added) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    List<Comment> all = CommentStore.load(site, CommentSettings.defaults()).all();
    assertThat(all).hasSize(43);
    assertThat(all).map(Comment::id).doesNotHaveDuplicates();
    assertThat(TestSite.read(site, FILE)).startsWith(CommentModeratorTest.ORIGINAL);
    try (Stream<Path> files = Files.list(site.resolve("content/comments"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
    }
  }
}
