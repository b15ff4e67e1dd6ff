package dev.tinta.admin;

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
 * Counts failed sign-ins per client network in a sliding minute: at {@link #LIMIT} failures the
 * network must wait until the oldest leaves the window, whatever it sends (the right token too), so
 * guessing gets 5 tries a minute. Memory is bounded: networks without a failure in the last minute
 * are forgotten, and at most {@link #MAX_NETWORKS} are tracked (past that, every network shares one
 * count, which fails closed).
 */
final class SignInLimiter {
  static final int LIMIT = 5;
  static final int MAX_NETWORKS = 10_000;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final String OVERFLOW = "*";

  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  SignInLimiter(Clock clock) {
    this.clock = clock;
  }

  /** How long {@code network} must wait before it may try again; empty when it may try now. */
  synchronized Optional<Duration> wait(String network) {
    Instant now = clock.instant();
    for (String key : new String[] {network, OVERFLOW}) {
      Deque<Instant> times = failures.get(key);
      if (times != null) {
        drop(times, now);
        if (times.size() >= LIMIT) {
          Duration d = Duration.between(now, times.peekFirst().plus(WINDOW));
          return Optional.of(d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d);
        }
      }
    }
    return Optional.empty();
  }

  /** Records a failed sign-in from {@code network}. */
  synchronized void failed(String network) {
    Instant now = clock.instant();
    if (!failures.containsKey(network) && failures.size() >= MAX_NETWORKS) {
      sweep(now);
    }
    String key =
        failures.containsKey(network) || failures.size() < MAX_NETWORKS ? network : OVERFLOW;
    Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    drop(times, now);
    times.addLast(now);
    while (times.size() > LIMIT) {
      times.removeFirst();
    }
  }

  /** Networks tracked now (for tests of the memory bound). */
  synchronized int networks() {
    return failures.size();
  }

  private void sweep(Instant now) {
    for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
      Deque<Instant> times = it.next();
      drop(times, now);
      if (times.isEmpty()) {
        it.remove();
      }
    }
  }

  private static void drop(Deque<Instant> times, Instant now) {
    Instant start = now.minus(WINDOW);
    while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
      times.removeFirst();
    }
  }
}
