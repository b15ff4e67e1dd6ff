package dev.tinta.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * Issue #11's fuzz test: mutates a copy of the example blog (the repository root) and builds it
 * in-process, {@code -Dfuzz.cases=N} times (default {@value #DEFAULT_CASES}). Every run must exit 0
 * or 1 (never 3, never "internal error"), print no stack trace, print every stderr line
 * compiler-style, leave the last good {@code site-output/} byte for byte as it was when it fails,
 * and finish within {@value #TIMEOUT_SECONDS} s ({@value #LARGE_TIMEOUT_SECONDS} s with a file of
 * megabytes).
 *
 * <p>A seeded generator of our own rather than jqwik: each case is a pure function of one 64-bit
 * seed, so a failure prints that seed and its mutations and {@code -Dfuzz.replay=SEED} runs it
 * again, with no shrinking (which would rebuild the site hundreds of times per failure) and no
 * database file of past failures. {@code -Dfuzz.seed=S} draws another series of cases; {@code
 * -Dfuzz.lanes=N} (default 2) builds that many cases at a time, each lane in its own copy.
 */
class SiteFuzzIT {
  static final int DEFAULT_CASES = 2000;
  static final long DEFAULT_SEED = 11L;
  static final int TIMEOUT_SECONDS = 20;
  static final int LARGE_TIMEOUT_SECONDS = 60;

  /** A case's failures are printed in full for the first few of each kind. */
  private static final int SHOWN_PER_SIGNATURE = 3;

  @TempDir Path tmp;

  private final Mutator mutator = new Mutator();
  private final Map<String, List<String>> failures = new ConcurrentHashMap<>();
  private final Map<String, Integer> outcomes = new ConcurrentHashMap<>();
  private final AtomicInteger run = new AtomicInteger();
  private final AtomicBoolean stop = new AtomicBoolean();

  @Test
  void everyMutatedSiteGetsAClearAnswer() throws Exception {
    int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
    String replay = System.getProperty("fuzz.replay", "");
    int lanes = replay.isEmpty() ? Math.max(1, Integer.getInteger("fuzz.lanes", 2)) : 1;
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    ExecutorService pool = Executors.newFixedThreadPool(lanes);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int lane = 0; lane < lanes; lane++) {
        int first = lane;
        done.add(
            pool.submit(
                () -> {
                  try {
                    lane(first, lanes, cases, seed, replay);
                  } catch (RuntimeException | AssertionError e) {
                    // the test's own failure (or the baseline's): stop every lane, then report
                    stop.set(true);
                    fail("lane " + first + " stopped: " + e, String.valueOf(e) + "\n");
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "SiteFuzzIT: %d cases (seed %d, %d lanes) in %.1f s wall, %.1f s CPU; %d kinds of"
            + " failure; outcomes:%n",
        run.get(),
        seed,
        lanes,
        (System.nanoTime() - start) / 1e9,
        (cpuNanos() - cpuStart) / 1e9,
        failures.size());
    outcomes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(Integer.getInteger("fuzz.top", 15))
        .forEach(e -> System.out.printf("%6d  %s%n", e.getValue(), e.getKey()));
    assertThat(failures).as(() -> describe(failures)).isEmpty();
  }

  /** Runs cases first, first + lanes, ... in one copy of the site with its own output folder. */
  private void lane(int first, int lanes, int cases, long seed, String replay) {
    // a replayed case's site is kept for a look (the temporary folder is deleted after the test)
    Path dir = replay.isEmpty() ? tmp.resolve("lane-" + first) : Path.of("target", "fuzz-replay");
    SiteCopy.deleteTree(dir);
    SiteCopy site = SiteCopy.of(Path.of("").toAbsolutePath(), dir.resolve("site"));
    Path output = dir.resolve("site-output");
    BuildVerdict baseline = build(site.dir(), output, List.of(), LARGE_TIMEOUT_SECONDS);
    assertThat(baseline.complaints()).isEmpty();
    assertThat(baseline.code()).as(baseline.err()).isZero();
    String before = SiteCopy.hash(output);
    for (int i = first; i < cases && !stop.get(); i += lanes) {
      long caseSeed = replay.isEmpty() ? caseSeed(seed, i) : Long.parseUnsignedLong(replay, 16);
      SplittableRandom random = new SplittableRandom(caseSeed);
      List<String> mutations = mutator.mutate(random, site);
      List<String> flags = flags(random);
      String label = String.format("case %d, -Dfuzz.replay=%016x", i, caseSeed);
      boolean large = mutations.stream().anyMatch(m -> m.startsWith("large file"));
      BuildVerdict verdict;
      try {
        verdict = build(site.dir(), output, flags, large ? LARGE_TIMEOUT_SECONDS : TIMEOUT_SECONDS);
      } catch (AssertionFailedError timeout) {
        fail("timed out", report(label, mutations, flags, null));
        stop.set(true); // the build may still be running and writing: no later case can be trusted
        return;
      }
      run.incrementAndGet();
      List<String> complaints = new ArrayList<>(verdict.complaints());
      if (verdict.code() == 1 && !SiteCopy.hash(output).equals(before)) {
        complaints.add("the failed build changed site-output/");
      }
      if (!complaints.isEmpty()) {
        String signature = verdict.complaints().isEmpty() ? complaints.get(0) : verdict.signature();
        fail(signature, report(label, mutations, flags, verdict));
      }
      outcomes.merge(verdict.firstError(), 1, Integer::sum);
      if (Boolean.getBoolean("fuzz.debug") || !replay.isEmpty()) {
        System.out.println(report(label, mutations, flags, verdict));
      }
      if (!replay.isEmpty()) {
        System.out.println("the mutated site is left in " + site.dir().toAbsolutePath());
        return;
      }
      site.restore();
      if (verdict.code() == 0) {
        before = SiteCopy.hash(output);
      }
    }
  }

  private void fail(String signature, String report) {
    failures
        .computeIfAbsent(signature, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
        .add(report);
  }

  /** The case's own seed: the series seed and the case number mixed (SplitMix64's finalizer). */
  static long caseSeed(long seed, int i) {
    long z = seed * 0x9E3779B97F4A7C15L + i;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Some cases build with drafts, future posts or another base URL. */
  private static List<String> flags(SplittableRandom random) {
    List<String> flags = new ArrayList<>();
    if (random.nextInt(10) == 0) {
      flags.add("--drafts");
    }
    if (random.nextInt(10) == 0) {
      flags.add("--future");
    }
    if (random.nextInt(20) == 0) {
      flags.add("--base-url");
      flags.add("https://example.org/blog/");
    }
    return flags;
  }

  static BuildVerdict build(Path site, Path output, List<String> flags, int seconds) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(seconds), () -> BuildVerdict.build(site, output, flags));
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static String report(
      String label, List<String> mutations, List<String> flags, BuildVerdict v) {
    StringBuilder out = new StringBuilder(label).append('\n');
    mutations.forEach(m -> out.append("  mutation: ").append(m).append('\n'));
    if (!flags.isEmpty()) {
      out.append("  flags: ").append(String.join(" ", flags)).append('\n');
    }
    if (v != null) {
      out.append("  exit ").append(v.code()).append(", complaints ").append(v.complaints());
      out.append('\n');
      String[] lines = v.err().split("\n");
      for (int i = 0; i < Math.min(lines.length, 12); i++) {
        out.append("  | ").append(lines[i]).append('\n');
      }
    }
    return out.toString();
  }

  private static String describe(Map<String, List<String>> failures) {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(failures)
        .forEach(
            (signature, cases) -> {
              out.append("\n== ").append(signature).append(" (").append(cases.size());
              out.append(" cases)\n");
              cases.stream().limit(SHOWN_PER_SIGNATURE).forEach(out::append);
            });
    return out.toString();
  }
}
