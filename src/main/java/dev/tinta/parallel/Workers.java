package dev.tinta.parallel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A fork-join pool of a known size that the stages of a build share, passed to them explicitly (a
 * parallel stream would run wherever its caller happens to run). Work splits into halves down to a
 * grain of a few items per thread, so a small site pays for no more tasks than it has items, and
 * results keep the order of the items. A stage that waits for work inside the pool helps run it, so
 * nested calls never starve the pool.
 *
 * <p>Thread-safe. Close it when the build is done.
 */
public final class Workers implements AutoCloseable {
  /** Tasks per thread: enough to balance uneven items, few enough to cost nothing. */
  private static final int TASKS_PER_THREAD = 8;

  private final ForkJoinPool pool;
  private final int threads;

  private Workers(int threads) {
    this.threads = threads;
    this.pool = threads == 1 ? null : new ForkJoinPool(threads);
  }

  /** A pool of {@code threads} threads; one thread means the caller's, with no pool at all. */
  public static Workers of(int threads) {
    return new Workers(Math.max(1, threads));
  }

  /** Everything in the calling thread: for commands that read a site once and do little. */
  public static Workers inline() {
    return new Workers(1);
  }

  public int threads() {
    return threads;
  }

  /** {@code fn} of every item, run on the pool; the results in the items' order. */
  public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> fn) {
    Object[] out = new Object[items.size()];
    forEachIndex(items.size(), i -> out[i] = fn.apply(items.get(i)));
    @SuppressWarnings("unchecked")
    List<R> results = (List<R>) Arrays.asList(out);
    return Collections.unmodifiableList(results);
  }

  /** Runs {@code action} on every item, on the pool, in no particular order. */
  public <T> void forEach(List<T> items, Consumer<? super T> action) {
    forEachIndex(items.size(), i -> action.accept(items.get(i)));
  }

  /** Starts {@code work} on the pool; {@link ForkJoinTask#join()} waits for its result. */
  public <T> ForkJoinTask<T> start(Supplier<T> work) {
    if (pool != null) {
      return pool.submit(work::get);
    }
    ForkJoinTask<T> task = ForkJoinTask.adapt(work::get);
    task.quietlyInvoke(); // its failure, if any, is thrown by join()
    return task;
  }

  /** Runs {@code work} on the pool and waits for it. */
  public <T> T run(Supplier<T> work) {
    return pool == null || inPool() ? work.get() : pool.invoke(ForkJoinTask.adapt(work::get));
  }

  private void forEachIndex(int size, IndexAction action) {
    if (size == 0) {
      return;
    }
    int grain = Math.max(1, size / (threads * TASKS_PER_THREAD));
    Range all = new Range(0, size, grain, action);
    if (pool == null || size <= grain) {
      all.compute();
    } else if (inPool()) {
      all.invoke();
    } else {
      pool.invoke(all);
    }
  }

  private boolean inPool() {
    return pool != null && ForkJoinTask.getPool() == pool;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdown();
    }
  }

  @FunctionalInterface
  private interface IndexAction {
    void run(int index);
  }

  /** Items {@code from} to {@code to}, split in halves down to {@code grain}. */
  private static final class Range extends RecursiveAction {
    private static final long serialVersionUID = 1L;
    private final int from;
    private final int to;
    private final int grain;
    private final transient IndexAction action;

    Range(int from, int to, int grain, IndexAction action) {
      this.from = from;
      this.to = to;
      this.grain = grain;
      this.action = action;
    }

    @Override
    protected void compute() {
      if (to - from <= grain) {
        for (int i = from; i < to; i++) {
          action.run(i);
        }
        return;
      }
      int mid = (from + to) >>> 1;
      invokeAll(new Range(from, mid, grain, action), new Range(mid, to, grain, action));
    }
  }
}
