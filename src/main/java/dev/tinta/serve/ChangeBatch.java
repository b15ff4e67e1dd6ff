package dev.tinta.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * Collects changed paths until the site has been quiet for a while, so that one save (an editor
 * writes a temporary file, then renames it) or one {@code git checkout} makes one rebuild. A batch
 * that keeps growing is still handed over after {@code maxWait}, so that a process writing
 * constantly cannot hold rebuilds back forever.
 *
 * <p>Times are {@link System#nanoTime()}-style readings passed in by the caller, which keeps this
 * class free of clocks and threads. Not thread-safe: one watcher thread owns it.
 */
final class ChangeBatch {
  private final long quietNanos;
  private final long maxWaitNanos;
  private final Set<Path> paths = new TreeSet<>();
  private long first;
  private long last;

  ChangeBatch(Duration quiet, Duration maxWait) {
    this.quietNanos = quiet.toNanos();
    this.maxWaitNanos = Math.max(quietNanos, maxWait.toNanos());
  }

  /** Records that {@code path} changed at {@code now}. */
  void add(Path path, long now) {
    if (paths.isEmpty()) {
      first = now;
    }
    last = now;
    paths.add(path);
  }

  boolean isEmpty() {
    return paths.isEmpty();
  }

  /** Whether the batch should be handed over at {@code now}. */
  boolean ready(long now) {
    return !paths.isEmpty() && (now - last >= quietNanos || now - first >= maxWaitNanos);
  }

  /** How long to wait from {@code now} for more events before the batch is ready; at least 1 ms. */
  Duration waitTime(long now) {
    long due = Math.min(last + quietNanos, first + maxWaitNanos);
    return Duration.ofNanos(Math.max(1_000_000L, due - now));
  }

  /** The collected paths, sorted; the batch is empty afterwards. */
  Set<Path> drain() {
    Set<Path> out = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    paths.clear();
    return out;
  }
}
