package dev.tinta.intake;

import dev.tinta.comments.AddOutcome;
import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.NewComment;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes comments through the comments package, grouping those that wait for the same post into one
 * locked, atomic write (one fsync for the group), so a busy post costs one disk flush per group
 * instead of one per comment. Each comment's future completes once its write is on disk.
 */
final class WriteQueue implements AutoCloseable {
  /** At most this many comments in one write. */
  static final int MAX_GROUP = 64;

  private record Item(NewComment draft, CompletableFuture<AddOutcome> done) {}

  private final CommentModerator moderator;
  private final ExecutorService writers;
  private final Map<String, Deque<Item>> waiting = new HashMap<>();
  private boolean closed;

  WriteQueue(CommentModerator moderator, int threads) {
    this.moderator = moderator;
    AtomicInteger n = new AtomicInteger();
    this.writers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "intake-writer-" + n.incrementAndGet());
              t.setDaemon(false);
              return t;
            });
  }

  /** Queues a comment; the future fails when the write does (storage full, file broken...). */
  CompletableFuture<AddOutcome> submit(NewComment draft) {
    Item item = new Item(draft, new CompletableFuture<>());
    synchronized (this) {
      if (closed) {
        item.done().completeExceptionally(new RejectedExecutionException("the server is stopping"));
        return item.done();
      }
      Deque<Item> queue = waiting.get(draft.postSlug());
      if (queue == null) {
        queue = new ArrayDeque<>();
        waiting.put(draft.postSlug(), queue);
        queue.add(item);
        String slug = draft.postSlug();
        writers.execute(() -> drain(slug));
      } else {
        queue.add(item);
      }
    }
    return item.done();
  }

  /** Writes the post's waiting comments, group by group, until none wait. */
  private void drain(String slug) {
    while (true) {
      List<Item> group = new ArrayList<>();
      synchronized (this) {
        Deque<Item> queue = waiting.get(slug);
        while (!queue.isEmpty() && group.size() < MAX_GROUP) {
          group.add(queue.removeFirst());
        }
        if (group.isEmpty()) {
          waiting.remove(slug);
          return;
        }
      }
      try {
        List<AddOutcome> outcomes =
            moderator.addAll(slug, group.stream().map(Item::draft).toList());
        for (int i = 0; i < group.size(); i++) {
          group.get(i).done().complete(outcomes.get(i));
        }
      } catch (RuntimeException e) {
        group.forEach(item -> item.done().completeExceptionally(e));
      }
    }
  }

  /** Takes no more comments and waits (up to {@code millis}) for queued ones to be written. */
  @Override
  public void close() {
    close(30_000);
  }

  void close(long millis) {
    synchronized (this) {
      closed = true;
    }
    writers.shutdown();
    try {
      writers.awaitTermination(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
