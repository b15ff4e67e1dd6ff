package dev.tinta.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * More random walks of incremental = clean than the quick one in {@link IncrementalBuilderTest}.
 */
class IncrementalBuilderIT {
  @TempDir Path tmp;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2, 3, 4, 5, 6})
  @Timeout(120)
  void incrementalRebuildsEqualCleanBuilds(long seed) throws IOException {
    IncrementalWalk.run(tmp, seed);
  }
}
