package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.IntakeSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Form tokens: bound to post and parent, good from min_seconds to max_age_hours, unforgeable. */
class FormTokensTest {
  private final TestClock clock = new TestClock(IntakeSite.START);
  private final Keys keys = new Keys(new byte[32]);
  private final FormTokens tokens =
      new FormTokens(keys, new IntakeSettings(3, 24, 2, 10, 200, 2), clock);

  @Test
  void aTokenIsGoodFromMinSecondsUntilMaxAge() {
    String t = tokens.issue("post", "c1");
    assertThat(t).matches("t1\\.[0-9]+\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}");
    assertThat(tokens.verify(t, "post", "c1").check()).isEqualTo(FormTokens.Check.TOO_YOUNG);
    clock.advance(Duration.ofSeconds(3));
    FormTokens.Result good = tokens.verify(t, "post", "c1");
    assertThat(good.check()).isEqualTo(FormTokens.Check.GOOD);
    assertThat(good.verified().expires()).isEqualTo(IntakeSite.START.plus(Duration.ofHours(24)));
    clock.advance(Duration.ofHours(24));
    assertThat(tokens.verify(t, "post", "c1").check()).isEqualTo(FormTokens.Check.EXPIRED);
  }

  @Test
  void aTokenIsBoundToItsPostParentAndKey() {
    String t = tokens.issue("post", "");
    clock.advance(Duration.ofSeconds(5));
    assertThat(tokens.verify(t, "other", "").check()).isEqualTo(FormTokens.Check.FORGED);
    assertThat(tokens.verify(t, "post", "c1").check()).isEqualTo(FormTokens.Check.FORGED);
    FormTokens otherKey =
        new FormTokens(new Keys(new byte[] {1, 2, 3}), IntakeSettings.defaults(), clock);
    assertThat(otherKey.verify(t, "post", "").check()).isEqualTo(FormTokens.Check.FORGED);
    assertThat(tokens.verify("", "post", "").check()).isEqualTo(FormTokens.Check.MISSING);
    assertThat(tokens.verify("garbage", "post", "").check()).isEqualTo(FormTokens.Check.FORGED);
    // an issue time moved back (to pass min_seconds) breaks the signature
    String[] parts = t.split("\\.");
    String older = "t1." + (Long.parseLong(parts[1]) - 100) + "." + parts[2] + "." + parts[3];
    assertThat(tokens.verify(older, "post", "").check()).isEqualTo(FormTokens.Check.FORGED);
    assertThat(tokens.verify(t, "post", "").check()).isEqualTo(FormTokens.Check.GOOD);
  }

  @Test
  void eachTokenHasItsOwnNonce() {
    assertThat(tokens.issue("post", "")).isNotEqualTo(tokens.issue("post", ""));
  }
}
