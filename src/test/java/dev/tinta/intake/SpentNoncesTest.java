package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nonce is spent once, also across restarts, until its token would have expired. */
class SpentNoncesTest {
  @TempDir Path tmp;

  @Test
  void spentOnceAcrossRestartsAndForgottenWhenExpired() throws Exception {
    TestClock clock = new TestClock(IntakeSite.START);
    Path log = tmp.resolve("state/spent-tokens");
    String nonce = "AAAAAAAAAAAAAAAAAAAAAA";
    try (SpentNonces n = SpentNonces.open(log, clock)) {
      assertThat(n.spend(nonce, IntakeSite.START.plus(Duration.ofHours(1)))).isTrue();
      assertThat(n.spend(nonce, IntakeSite.START.plus(Duration.ofHours(1)))).isFalse();
    }
    // a line cut short by a crash is dropped
    Files.writeString(
        log, "BBBBBBBBB", StandardCharsets.US_ASCII, java.nio.file.StandardOpenOption.APPEND);
    try (SpentNonces n = SpentNonces.open(log, clock)) {
      assertThat(n.spend(nonce, IntakeSite.START.plus(Duration.ofHours(1)))).isFalse();
      assertThat(n.size()).isEqualTo(1);
    }
    clock.advance(Duration.ofHours(2));
    try (SpentNonces n = SpentNonces.open(log, clock)) {
      assertThat(n.size()).isZero();
      assertThat(Files.readString(log)).isEmpty();
    }
  }
}
