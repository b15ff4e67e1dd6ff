package dev.tinta.admin;

import dev.tinta.intake.ModerationListener;
import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.BuildResult;
import dev.tinta.pipeline.IncrementalBuilder;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.serve.SiteWatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Publishes the site after moderation ({@code tinta comments serve --publish}): each {@link
 * #changed()} (re)starts a short wait, so a burst of actions gives one rebuild; the rebuild is
 * incremental, in this JVM, and swapped into the output folder as {@code tinta build} does. After
 * each good rebuild the {@code --after-publish} command runs through {@code sh -c} with its output
 * logged. A failed rebuild keeps the last good site; its problem is kept for the moderation pages
 * until a rebuild succeeds.
 *
 * <p>Changes made outside the server ({@code tinta comments approve}, an editor) are seen by
 * watching {@code content/comments/}: a batch of changed files there is a change when what the
 * comments publish ({@link PublishedComments}) differs from what the last build read. So the
 * server's own writes publish nothing more: a reader's pending comment changes nothing published,
 * and a moderation made here was {@link #changed()} already, which the watcher's look at the same
 * files joins within the wait or finds built. The look runs on the publishing thread, ordered with
 * the builds.
 */
public final class Publisher implements ModerationListener, AutoCloseable {
  /** How long a command after publishing may run before it is stopped. */
  static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);

  /** How long {@code content/comments/} must stay quiet before its changes are looked at. */
  private static final Duration WATCH_QUIET = Duration.ofMillis(200);

  private static final String COMMENTS = "content/comments";

  private final IncrementalBuilder builder;
  private final Path commentsDir;
  private final Optional<String> afterCommand;
  private final Duration debounce;
  private final Consumer<String> log;
  private final ScheduledExecutorService thread;
  private final AtomicInteger published = new AtomicInteger();
  private final AtomicInteger looks = new AtomicInteger();
  private final PublishedComments comments;
  private final SiteWatcher watcher;
  private ScheduledFuture<?> next;
  private volatile Optional<String> problem = Optional.empty();

  /** On the publishing thread only: what the comments published when the last build began. */
  private String built = "";

  private Publisher(
      BuildOptions options,
      Optional<String> afterCommand,
      Duration debounce,
      Consumer<String> log) {
    this.builder = IncrementalBuilder.publishing(options, 2);
    this.commentsDir = options.siteDir().resolve(COMMENTS);
    this.comments = new PublishedComments(options.siteDir());
    this.afterCommand = afterCommand;
    this.debounce = debounce;
    this.log = log;
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "tinta-publish");
              t.setDaemon(true);
              return t;
            });
    this.watcher =
        SiteWatcher.folder(
            options.siteDir(), COMMENTS, WATCH_QUIET, this::filesChanged, log::accept);
  }

  /**
   * Builds the site once now (so later rebuilds are incremental) and returns the publisher. A
   * failed first build is logged and shown on the moderation pages; the server runs anyway.
   *
   * @param afterCommand a shell command to run after each good build, or empty
   * @param debounce how long to wait after a change for more changes
   */
  public static Publisher start(
      BuildOptions options,
      Optional<String> afterCommand,
      Duration debounce,
      Consumer<String> log) {
    Publisher p = new Publisher(options, afterCommand, debounce, log);
    p.thread.execute(() -> p.publish(true));
    // after the first build is queued, so that every look at the files comes after it
    p.watcher.start();
    return p;
  }

  @Override
  public synchronized void changed() {
    if (next != null) {
      next.cancel(false);
    }
    next = thread.schedule(() -> publish(false), debounce.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Why the last rebuild (or its command) failed; empty after a good one. */
  public Optional<String> problem() {
    return problem;
  }

  /** How many rebuilds succeeded since start, the first build included. */
  public int published() {
    return published.get();
  }

  /** Files in {@code content/comments/} changed: look at them on the publishing thread. */
  private void filesChanged(Set<Path> paths) {
    try {
      thread.execute(() -> lookAtComments(paths));
    } catch (RejectedExecutionException e) {
      // closing: nothing more is published
    }
  }

  private void lookAtComments(Set<Path> paths) {
    String now = comments.update(paths);
    if (!now.equals(built)) {
      built = now;
      changed();
    }
    looks.incrementAndGet();
  }

  /** How many times changed files in {@code content/comments/} were looked at (for tests). */
  int looks() {
    return looks.get();
  }

  /** Whether a rebuild is waiting or under way (for tests). */
  synchronized boolean busy() {
    return next != null && !next.isDone();
  }

  private void publish(boolean first) {
    built = comments.readAll();
    try {
      BuildResult result = first ? builder.build() : builder.rebuild(Set.of(commentsDir));
      problem = Optional.empty(); // before the count: whoever sees the count sees no problem
      published.incrementAndGet();
      log.accept("published: " + result.summary());
      afterCommand.ifPresent(this::runCommand);
    } catch (SiteException e) {
      String text = e.problems().stream().map(Problem::format).collect(Collectors.joining("; "));
      problem = Optional.of(text);
      log.accept("publish failed, the last good site stays: " + text);
    } catch (UncheckedIOException e) {
      problem = Optional.of(e.getMessage());
      log.accept("publish failed, the last good site stays: " + e.getMessage());
    } catch (RuntimeException e) {
      problem = Optional.of(e.toString());
      log.accept("publish failed (a bug in tinta, please report it): " + e);
    }
  }

  private void runCommand(String command) {
    ProcessBuilder pb =
        new ProcessBuilder("sh", "-c", command)
            .directory(builder.options().siteDir().toAbsolutePath().toFile())
            .redirectErrorStream(true);
    try {
      Process process = pb.start();
      process.getOutputStream().close();
      // read on a thread of its own: a command that leaves a child holding its output open must
      // not hold up publishing past the limit
      Thread reader = new Thread(() -> logLines(process), "tinta-after-publish-output");
      reader.setDaemon(true);
      reader.start();
      if (!process.waitFor(COMMAND_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        problem = Optional.of("the after-publish command ran too long and was stopped");
      } else if (process.exitValue() != 0) {
        problem = Optional.of("the after-publish command exited with " + process.exitValue());
      }
      reader.join(1000);
      problem.ifPresent(p -> log.accept("after-publish: " + p));
    } catch (IOException e) {
      problem = Optional.of("cannot run the after-publish command: " + e.getMessage());
      log.accept(problem.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void logLines(Process process) {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        log.accept("after-publish: " + line);
      }
    } catch (IOException e) {
      // the command's output closed under us (it was stopped): nothing more to log
    }
  }

  /** Stops waiting for changes; a rebuild under way finishes first. */
  @Override
  public void close() {
    watcher.close();
    thread.shutdown();
    try {
      thread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    builder.close();
  }
}
