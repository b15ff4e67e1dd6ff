package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Purging old spam: only those entries' lines go; a spam comment with a kept reply stays. */
class CommentPurgeTest {
  @TempDir Path site;

  private static final String BEFORE =
      """
      # comments for post
      - id: c1
        author: Ayu
        date: 2026-01-01T10:00:00+07:00
        status: approved
        body: |
          Keep me.
      - id: c2
        author: Spammer
        date: 2026-01-02T10:00:00+07:00
        status: spam
        ip_hash: "0123456789abcdef"
        body: |
          # not a heading of the YAML: body text
          Buy now.

      # a moderator's note about c3
      - id: c3
        author: Spammer
        date: 2026-01-03T10:00:00+07:00
        status: spam
        body: |
          Has a reply that stays.
      - id: c4
        author: Budi
        date: 2026-01-04T10:00:00+07:00
        status: pending
        parent: c3
        body: |
          Replying to spam.
      - id: c5
        author: Recent spam
        date: 2026-02-25T10:00:00+07:00
        status: spam
        body: |
          Too new to go.
      """;

  private static final String AFTER =
      """
      # comments for post
      - id: c1
        author: Ayu
        date: 2026-01-01T10:00:00+07:00
        status: approved
        body: |
          Keep me.

      # a moderator's note about c3
      - id: c3
        author: Spammer
        date: 2026-01-03T10:00:00+07:00
        status: spam
        body: |
          Has a reply that stays.
      - id: c4
        author: Budi
        date: 2026-01-04T10:00:00+07:00
        status: pending
        parent: c3
        body: |
          Replying to spam.
      - id: c5
        author: Recent spam
        date: 2026-02-25T10:00:00+07:00
        status: spam
        body: |
          Too new to go.
      """;

  @Test
  void oldSpamGoesLineByLine() {
    TestSite.write(site, "content/comments/post.yaml", BEFORE);
    TestSite.write(site, "content/posts/post.md", "---\ntitle: Post\ndate: 2026-01-01\n---\n");
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);
    CommentModerator moderator = new CommentModerator(site, CommentSettings.defaults(), clock);

    assertThat(moderator.purge(CommentStatus.SPAM, Duration.ofDays(30)))
        .containsExactly(new CommentRef("post", "c2"));
    assertThat(TestSite.read(site, "content/comments/post.yaml")).isEqualTo(AFTER);
    assertThat(moderator.purge(CommentStatus.SPAM, Duration.ofDays(30))).isEmpty();
  }
}
