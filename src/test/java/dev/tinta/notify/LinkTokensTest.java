package dev.tinta.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentRef;
import dev.tinta.intake.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class LinkTokensTest {
  private static final CommentRef REF = new CommentRef("a-post", "c7");
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final LinkTokens tokens = new LinkTokens(key("one"), clock);

  private static SecretKeySpec key(String seed) {
    return new SecretKeySpec(
        (seed + "-0123456789abcdef0123456789abcdef").getBytes(StandardCharsets.UTF_8),
        "HmacSHA256");
  }

  @Test
  void aTokenNamesItsCommentUntilItExpires() {
    String token = tokens.issue(REF);
    assertThat(token).matches("[A-Za-z0-9_.-]+");
    assertThat(tokens.verify(token)).contains(REF);
    clock.advance(LinkTokens.LIFETIME.minusSeconds(1));
    assertThat(tokens.verify(token)).contains(REF);
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void slugsAndIdsOfAnyTextRoundTrip() {
    CommentRef odd = new CommentRef("kopi-tubruk-ü", "c1.x");
    assertThat(tokens.verify(tokens.issue(odd))).contains(odd);
  }

  @Test
  void anAlteredTokenIsRefused() {
    String token = tokens.issue(REF);
    String[] parts = token.split("\\.");
    String otherId = Base64.getUrlEncoder().withoutPadding().encodeToString("c8".getBytes());
    String otherSlug = Base64.getUrlEncoder().withoutPadding().encodeToString("b".getBytes());
    long later = Long.parseLong(parts[2]) + 86_400 * 30;
    assertThat(tokens.verify(parts[0] + "." + otherId + "." + parts[2] + "." + parts[3])).isEmpty();
    assertThat(tokens.verify(otherSlug + "." + parts[1] + "." + parts[2] + "." + parts[3]))
        .isEmpty();
    assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + later + "." + parts[3])).isEmpty();
    char last = parts[3].charAt(0);
    String flipped = (last == 'A' ? 'B' : 'A') + parts[3].substring(1);
    assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + parts[2] + "." + flipped)).isEmpty();
  }

  @Test
  void aTokenUnderAnotherKeyIsRefused() {
    String foreign = new LinkTokens(key("two"), clock).issue(REF);
    assertThat(tokens.verify(foreign)).isEmpty();
  }

  @Test
  void malformedTokensAreRefused() {
    for (String t :
        new String[] {
          "",
          "a.b.c",
          "a.b.c.d.e",
          "!!.??.1.x",
          "YQ.Yw.notanumber.AAAA",
          "x".repeat(LinkTokens.MAX_LENGTH + 1)
        }) {
      assertThat(tokens.verify(t)).as(t).isEqualTo(Optional.empty());
    }
  }
}
