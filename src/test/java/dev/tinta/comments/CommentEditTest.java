package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The moderation pages' edits: delete one comment, replace a body, add the owner's reply. Each
 * changes only its entry's lines (compared as whole files) and keeps the rest byte for byte.
 */
class CommentEditTest {
  @TempDir Path site;

  private static final String FILE = "content/comments/post.yaml";
  private static final String BEFORE =
      """
      # comments for post
      - id: c1
        author: Ayu
        date: 2026-01-01T10:00:00+07:00
        status: approved
        body: |
          Keep me.

      # a note about c2
      - id: c2
        author: "Budi \\"B\\""
        url: https://budi.example.org/
        date: 2026-01-02T10:00:00+07:00
        status: pending   # waiting
        ip_hash: "0123456789abcdef"
        body: |
          Teh typo.
      - id: c3
        author: Citra
        date: 2026-01-03T10:00:00+07:00
        status: approved
        parent: c1
        body: |
          A reply.
      """;

  private CommentModerator moderator() {
    TestSite.write(site, FILE, BEFORE);
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    return new CommentModerator(site, CommentSettings.defaults(), clock);
  }

  @Test
  void editBodyRewritesOnlyThatEntry() {
    CommentModerator m = moderator();
    Comment before = m.editBody(new CommentRef("post", "c2"), "The typo,\r\nfixed.  ");
    assertThat(before.body()).isEqualTo("Teh typo.\n");
    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            BEFORE.replace(
                """
                - id: c2
                  author: "Budi \\"B\\""
                  url: https://budi.example.org/
                  date: 2026-01-02T10:00:00+07:00
                  status: pending   # waiting
                  ip_hash: "0123456789abcdef"
                  body: |
                    Teh typo.
                """,
                """
                - id: c2
                  author: "Budi \\"B\\""
                  url: "https://budi.example.org/"
                  date: 2026-01-02T10:00:00+07:00
                  status: pending
                  ip_hash: "0123456789abcdef"
                  body: |
                    The typo,
                    fixed.
                """));
    assertThat(m.comments("post").get(1).body()).isEqualTo("The typo,\nfixed.\n");
  }

  @Test
  void anEmptyOrTooLongBodyIsRefusedAndNothingWritten() {
    CommentModerator m = moderator();
    assertThatThrownBy(() -> m.editBody(new CommentRef("post", "c2"), "  \n"))
        .isInstanceOf(SiteException.class);
    assertThatThrownBy(() -> m.editBody(new CommentRef("post", "c2"), "x".repeat(20_000)))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("longer than");
    assertThatThrownBy(() -> m.editBody(new CommentRef("post", "c9"), "x"))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("no comment with id 'c9'");
    assertThat(TestSite.read(site, FILE)).isEqualTo(BEFORE);
  }

  @Test
  void deleteTakesOnlyTheEntrysLinesAndRefusesOneWithReplies() {
    CommentModerator m = moderator();
    assertThatThrownBy(() -> m.delete(new CommentRef("post", "c1")))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("has replies");
    assertThat(TestSite.read(site, FILE)).isEqualTo(BEFORE);
    m.delete(new CommentRef("post", "c2"));
    String after = TestSite.read(site, FILE);
    assertThat(after)
        .isEqualTo(
            """
            # comments for post
            - id: c1
              author: Ayu
              date: 2026-01-01T10:00:00+07:00
              status: approved
              body: |
                Keep me.

            # a note about c2
            - id: c3
              author: Citra
              date: 2026-01-03T10:00:00+07:00
              status: approved
              parent: c1
              body: |
                A reply.
            """);
    m.delete(new CommentRef("post", "c3"));
    m.delete(new CommentRef("post", "c1"));
    assertThat(m.comments("post")).isEmpty();
  }

  @Test
  void theOwnersReplyIsApprovedAndMarked() {
    CommentModerator m = moderator();
    Comment reply = m.reply(new CommentRef("post", "c2"), "Marissa", "Thanks!");
    assertThat(reply.id()).isEqualTo("c4");
    assertThat(reply.owner()).isTrue();
    assertThat(reply.status()).isEqualTo(CommentStatus.APPROVED);
    assertThat(TestSite.read(site, FILE))
        .isEqualTo(
            BEFORE
                + """
                - id: c4
                  author: "Marissa"
                  date: 2026-03-01T10:00:00+07:00
                  status: approved
                  parent: c2
                  owner: true
                  body: |
                    Thanks!
                """);
    assertThatThrownBy(() -> m.reply(new CommentRef("post", "c9"), "Marissa", "Hm"))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("no comment with id 'c9' to reply to");
    // a reader's entry never says owner; a hand-written owner: maybe is an error at its line
    assertThat(m.comments("post").get(0).owner()).isFalse();
    TestSite.write(
        site,
        FILE,
        BEFORE.replace("status: pending   # waiting", "status: pending\n  owner: maybe"));
    assertThatThrownBy(() -> m.comments("post"))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("'owner' must be true or false");
  }
}
