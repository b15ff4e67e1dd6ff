package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChangeBatchTest {
  private static final long MS = 1_000_000L;
  private final ChangeBatch batch =
      new ChangeBatch(Duration.ofMillis(100), Duration.ofMillis(2000));

  @Test
  void emptyBatchIsNeverReady() {
    assertThat(batch.ready(0)).isFalse();
    assertThat(batch.ready(10_000 * MS)).isFalse();
  }

  @Test
  void readyAfterTheQuietPeriodSinceTheLastEvent() {
    batch.add(Path.of("a.md"), 0);
    batch.add(Path.of(".a.md.swp"), 40 * MS);
    batch.add(Path.of("a.md"), 60 * MS);
    assertThat(batch.ready(100 * MS)).isFalse();
    assertThat(batch.waitTime(100 * MS)).isEqualTo(Duration.ofMillis(60));
    assertThat(batch.ready(160 * MS)).isTrue();
    assertThat(batch.drain()).containsExactly(Path.of(".a.md.swp"), Path.of("a.md"));
    assertThat(batch.isEmpty()).isTrue();
    assertThat(batch.ready(1000 * MS)).isFalse();
  }

  @Test
  void aBurstThatNeverStopsIsHandedOverAfterMaxWait() {
    long t = 0;
    for (; t < 2000 * MS; t += 50 * MS) {
      batch.add(Path.of("f" + t), t);
      assertThat(batch.ready(t)).isFalse();
    }
    assertThat(batch.ready(2000 * MS)).isTrue();
    assertThat(batch.drain()).hasSize(40);
  }

  @Test
  void waitTimeIsAtLeastOneMillisecond() {
    batch.add(Path.of("a"), 0);
    assertThat(batch.waitTime(500 * MS)).isEqualTo(Duration.ofMillis(1));
  }
}
