package dev.tinta.cli;

import dev.tinta.pipeline.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code tinta build --timings}: prints how long each stage of the build took, as it ends, so an
 * author can see where a slow build spends its time.
 */
final class StageTimings implements BuildProgress {
  private final PrintWriter out;
  private long last = System.nanoTime();

  StageTimings(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void advance(String stage, int done, int total) {}

  @Override
  public synchronized void finished(String stage) {
    long now = System.nanoTime();
    out.printf(Locale.ROOT, "%,8d ms  %s%n", (now - last) / 1_000_000, stage);
    out.flush();
    last = now;
  }
}
