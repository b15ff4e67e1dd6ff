package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.intake.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Five failures a minute per network, then a wait until the oldest leaves; memory bounded. */
class SignInLimiterTest {
  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final SignInLimiter limiter = new SignInLimiter(clock);

  @Test
  void fiveFailuresAMinuteThenAWaitForThatNetworkOnly() {
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.wait("0a0b0c")).isEmpty();
      limiter.failed("0a0b0c");
      clock.advance(Duration.ofSeconds(10));
    }
    // the first failure was 50 s ago: 10 s until it leaves the minute
    assertThat(limiter.wait("0a0b0c")).hasValue(Duration.ofSeconds(10));
    assertThat(limiter.wait("0a0b0d")).isEmpty();
    clock.advance(Duration.ofSeconds(10));
    assertThat(limiter.wait("0a0b0c")).isEmpty();
    limiter.failed("0a0b0c");
    assertThat(limiter.wait("0a0b0c")).isPresent();
  }

  @Test
  void memoryIsBoundedAndAFullTableFailsClosed() {
    for (int i = 0; i < SignInLimiter.MAX_NETWORKS; i++) {
      limiter.failed("n" + i);
    }
    assertThat(limiter.networks()).isEqualTo(SignInLimiter.MAX_NETWORKS);
    // a full table: new networks share one count
    for (int i = 0; i < 5; i++) {
      limiter.failed("new" + i);
    }
    assertThat(limiter.networks()).isEqualTo(SignInLimiter.MAX_NETWORKS + 1);
    assertThat(limiter.wait("someone-else")).isPresent();
    // a minute later the old entries are swept when a new network fails
    clock.advance(Duration.ofSeconds(61));
    limiter.failed("later");
    assertThat(limiter.networks()).isEqualTo(1);
    assertThat(limiter.wait("someone-else")).isEqualTo(Optional.empty());
  }
}
