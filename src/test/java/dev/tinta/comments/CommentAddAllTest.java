package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many comments in one write: numbered in order, spam and ip_hash kept, a bad one refused alone.
 */
class CommentAddAllTest {
  @TempDir Path site;

  @Test
  void oneWriteForMany() {
    TestSite.write(site, "content/posts/post.md", "---\ntitle: Post\ndate: 2026-01-01\n---\n");
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.ofHours(7));
    CommentModerator moderator = new CommentModerator(site, CommentSettings.defaults(), clock);

    List<AddOutcome> out =
        moderator.addAll(
            "post",
            List.of(
                new NewComment("post", "Ayu", "", "", "One\r\n", CommentStatus.PENDING, "00ff"),
                new NewComment("post", "", "", "", "No author"),
                new NewComment("post", "Bot", "", "", "Spam", CommentStatus.SPAM, ""),
                new NewComment("post", "Budi", "", "c9", "Reply to nothing")));

    assertThat(out.get(0))
        .isInstanceOfSatisfying(
            AddOutcome.Added.class, a -> assertThat(a.comment().id()).isEqualTo("c1"));
    assertThat(out.get(1))
        .isInstanceOfSatisfying(
            AddOutcome.Refused.class,
            r ->
                assertThat(r.fields())
                    .containsExactly(new FieldProblem("author", FieldProblem.Kind.REQUIRED, 0)));
    assertThat(out.get(2))
        .isInstanceOfSatisfying(
            AddOutcome.Added.class, a -> assertThat(a.comment().id()).isEqualTo("c2"));
    assertThat(out.get(3))
        .isInstanceOfSatisfying(
            AddOutcome.Refused.class,
            r ->
                assertThat(r.fields())
                    .containsExactly(new FieldProblem("parent", FieldProblem.Kind.INVALID, 0)));
    assertThat(TestSite.read(site, "content/comments/post.yaml"))
        .isEqualTo(
            """
            # comments for post
            - id: c1
              author: "Ayu"
              date: 2026-03-01T17:00:00+07:00
              status: pending
              ip_hash: "00ff"
              body: |
                One
            - id: c2
              author: "Bot"
              date: 2026-03-01T17:00:00+07:00
              status: spam
              body: |
                Spam
            """);
    assertThat(moderator.comments("post").get(0).ipHash()).isEqualTo("00ff");
  }

  @Test
  void appendsCheckedIncrementallyReadBackAsAFullParseDoes() {
    TestSite.write(site, "content/posts/post.md", "---\ntitle: Post\ndate: 2026-01-01\n---\n");
    TestSite.write(
        site,
        "content/comments/post.yaml",
        "# kept by hand\r\n- id: c1\r\n  author: Ayu\r\n  date: 2026-01-01T10:00:00Z\r\n"
            + "  status: approved\r\n  body: |\r\n    Hi\r\n");
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    CommentModerator moderator = new CommentModerator(site, CommentSettings.defaults(), clock);
    List<dev.tinta.model.Comment> added = new java.util.ArrayList<>();
    for (int round = 0; round < 6; round++) {
      List<NewComment> drafts = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        String parent = (round + i) % 2 == 0 ? "c1" : "";
        drafts.add(
            new NewComment(
                "post",
                "R" + round + i,
                "",
                parent,
                "Body " + round + i + "\n\nmore",
                CommentStatus.PENDING,
                "ab"));
      }
      for (AddOutcome o : moderator.addAll("post", drafts)) {
        added.add(((AddOutcome.Added) o).comment());
      }
    }
    // a new moderator has no parse kept: it parses the whole file
    List<dev.tinta.model.Comment> full =
        new CommentModerator(site, CommentSettings.defaults(), clock).comments("post");
    assertThat(full.subList(1, full.size())).containsExactlyElementsOf(added);
    assertThat(moderator.comments("post")).containsExactlyElementsOf(full);
    // the file keeps its own line breaks
    assertThat(TestSite.read(site, "content/comments/post.yaml").replace("\r\n", ""))
        .doesNotContain("\n", "\r");
    // the statuses written after incremental checks are where a status change finds them
    moderator.setStatus(List.of(new CommentRef("post", "c19")), CommentStatus.APPROVED);
    assertThat(moderator.comments("post").get(18).status()).isEqualTo(CommentStatus.APPROVED);
  }
}
