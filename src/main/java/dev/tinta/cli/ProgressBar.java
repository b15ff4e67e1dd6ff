package dev.tinta.cli;

import dev.tinta.pipeline.BuildProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A one-line progress bar for builds that take longer than a second, drawn only on a terminal:
 * {@code [##########··········] 52% rendering 5,746 / 11,050}. Redraws at most ten times a second;
 * {@link #finish()} clears the line.
 */
final class ProgressBar implements BuildProgress {
  private static final int WIDTH = 30;
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter out;
  private final long start = System.nanoTime();
  private final AtomicLong lastDraw = new AtomicLong();
  private volatile boolean drawn;

  ProgressBar(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void advance(String stage, int done, int total) {
    long now = System.nanoTime();
    long last = lastDraw.get();
    if (now - start < DELAY_NANOS
        || now - last < REDRAW_NANOS
        || !lastDraw.compareAndSet(last, now)) {
      return;
    }
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    String bar = "#".repeat(filled) + "·".repeat(WIDTH - filled);
    synchronized (out) {
      out.print(
          String.format(
              Locale.ROOT,
              "\r[%s] %3d%%  %s %,d / %,d",
              bar,
              total == 0 ? 100 : done * 100L / total,
              stage,
              done,
              total));
      out.flush();
      drawn = true;
    }
  }

  /** Clears the bar, so the summary line follows on a clean line. */
  void finish() {
    if (drawn) {
      synchronized (out) {
        out.print("\r" + " ".repeat(WIDTH + 50) + "\r");
        out.flush();
      }
    }
  }
}
