package dev.tinta.intake;

import dev.tinta.model.IntakeSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Counts stored comments in sliding windows: per client network per minute and per day, and from
 * everyone per hour. Memory is bounded: a network keeps at most {@code per_day} times, and networks
 * with nothing in the last day are forgotten.
 */
final class RateLimiter {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);

  private final IntakeSettings settings;
  private final Clock clock;
  private final Map<String, Deque<Instant>> byNetwork = new HashMap<>();
  private final Deque<Instant> everyone = new ArrayDeque<>();
  private Instant lastSweep = Instant.MIN;

  RateLimiter(IntakeSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Takes one slot for a comment from {@code network}, or tells how long to wait for one.
   *
   * @return empty when the comment may be stored (the slot is taken), else the wait
   */
  synchronized Optional<Duration> acquire(ClientNetwork network) {
    Instant now = clock.instant();
    sweep(now);
    Deque<Instant> times = byNetwork.computeIfAbsent(network.key(), k -> new ArrayDeque<>());
    drop(times, now.minus(DAY));
    drop(everyone, now.minus(HOUR));
    Duration wait = Duration.ZERO;
    if (count(times, now.minus(MINUTE)) >= settings.perMinute()) {
      wait = max(wait, until(nth(times, now.minus(MINUTE), settings.perMinute()), MINUTE, now));
    }
    if (times.size() >= settings.perDay()) {
      wait = max(wait, until(nthOldest(times, times.size() - settings.perDay()), DAY, now));
    }
    if (everyone.size() >= settings.perHourTotal()) {
      wait =
          max(
              wait,
              until(nthOldest(everyone, everyone.size() - settings.perHourTotal()), HOUR, now));
    }
    if (!wait.isZero()) {
      if (times.isEmpty()) {
        byNetwork.remove(network.key());
      }
      return Optional.of(wait);
    }
    times.addLast(now);
    everyone.addLast(now);
    return Optional.empty();
  }

  /** Networks tracked now (for tests of the memory bound). */
  synchronized int networks() {
    return byNetwork.size();
  }

  private void sweep(Instant now) {
    if (Duration.between(lastSweep, now).compareTo(MINUTE) < 0 && lastSweep != Instant.MIN) {
      return;
    }
    lastSweep = now;
    Instant dayAgo = now.minus(DAY);
    for (Iterator<Deque<Instant>> it = byNetwork.values().iterator(); it.hasNext(); ) {
      Deque<Instant> times = it.next();
      drop(times, dayAgo);
      if (times.isEmpty()) {
        it.remove();
      }
    }
  }

  private static void drop(Deque<Instant> times, Instant notAfter) {
    while (!times.isEmpty() && !times.peekFirst().isAfter(notAfter)) {
      times.removeFirst();
    }
  }

  private static int count(Deque<Instant> times, Instant after) {
    int n = 0;
    for (Iterator<Instant> it = times.descendingIterator(); it.hasNext(); ) {
      if (it.next().isAfter(after)) {
        n++;
      } else {
        break;
      }
    }
    return n;
  }

  /** Among the times after {@code after}, the one that must leave the window to free a slot. */
  private static Instant nth(Deque<Instant> times, Instant after, int limit) {
    int inWindow = count(times, after);
    return nthOldest(times, times.size() - inWindow + (inWindow - limit));
  }

  private static Instant nthOldest(Deque<Instant> times, int index) {
    Iterator<Instant> it = times.iterator();
    Instant t = it.next();
    for (int i = 0; i < index; i++) {
      t = it.next();
    }
    return t;
  }

  /** Time until {@code time} leaves a window of {@code length}, at least one second. */
  private static Duration until(Instant time, Duration length, Instant now) {
    Duration d = Duration.between(now, time.plus(length));
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
