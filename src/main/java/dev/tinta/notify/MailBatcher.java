package dev.tinta.notify;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.SiteException;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Collects newly stored pending comments and mails them to the owner in batches: the first comment
 * of a batch starts a wait of {@code every}, every comment that comes meanwhile joins it, and one
 * mail lists them all. So there is at most one mail per {@code every}. A mail that cannot be sent
 * is logged and the whole batch, with whatever came since, is tried again after another {@code
 * every}: a failure never forgets that comments wait. Comments moderated before the mail goes out
 * are left out of it.
 */
final class MailBatcher {
  private final ScheduledExecutorService executor;
  private final Duration every;
  private final SmtpMailer mailer;
  private final CommentModerator moderator;
  private final Function<List<Comment>, OwnerMail> compose;
  private final Consumer<String> log;

  /** Guarded by this: comments not yet mailed, in the order they came. */
  private final Map<CommentRef, Comment> waiting = new LinkedHashMap<>();

  /** Guarded by this: whether a round is scheduled. */
  private boolean scheduled;

  /**
   * @param compose writes the mail about a batch
   * @param log one line per mail sent or failed
   */
  MailBatcher(
      ScheduledExecutorService executor,
      Duration every,
      SmtpMailer mailer,
      CommentModerator moderator,
      Function<List<Comment>, OwnerMail> compose,
      Consumer<String> log) {
    this.executor = executor;
    this.every = every;
    this.mailer = mailer;
    this.moderator = moderator;
    this.compose = compose;
    this.log = log;
  }

  /** Notes a stored comment; a pending one is mailed with the next batch. Never blocks on I/O. */
  synchronized void stored(Comment comment) {
    if (comment.status() != CommentStatus.PENDING) {
      return;
    }
    waiting.put(new CommentRef(comment.postSlug(), comment.id()), comment);
    scheduleRound();
  }

  /** Guarded by this. */
  private void scheduleRound() {
    if (scheduled) {
      return;
    }
    try {
      executor.schedule(this::round, every.toMillis(), TimeUnit.MILLISECONDS);
      scheduled = true;
    } catch (RejectedExecutionException e) {
      // the server is stopping: the comments are on disk and in the queue
    }
  }

  private void round() {
    List<Comment> batch;
    synchronized (this) {
      batch = new ArrayList<>(waiting.values());
    }
    List<Comment> still = stillPending(batch);
    boolean sent = false;
    try {
      if (!still.isEmpty()) {
        mailer.send(compose.apply(still));
        log.accept("mailed " + mailer.recipient() + " about " + count(still.size()) + " waiting");
      }
      sent = true;
    } catch (MessagingException | RuntimeException e) {
      log.accept(
          "cannot mail "
              + mailer.recipient()
              + " about "
              + count(still.size())
              + " (trying again in "
              + every.toSeconds()
              + " s): "
              + PlainText.line(String.valueOf(e.getMessage())));
    }
    synchronized (this) {
      scheduled = false;
      if (sent) {
        batch.forEach(c -> waiting.remove(new CommentRef(c.postSlug(), c.id())));
      }
      if (!waiting.isEmpty()) {
        scheduleRound();
      }
    }
  }

  /** The comments of the batch still pending in their files (read again: the owner may be fast). */
  private List<Comment> stillPending(List<Comment> batch) {
    Map<String, List<Comment>> files = new HashMap<>();
    List<Comment> out = new ArrayList<>();
    for (Comment c : batch) {
      List<Comment> now;
      try {
        now = files.computeIfAbsent(c.postSlug(), moderator::comments);
      } catch (SiteException e) {
        // a file being edited by hand: mail what was stored rather than nothing
        out.add(c);
        continue;
      }
      now.stream()
          .filter(x -> x.id().equals(c.id()) && x.status() == CommentStatus.PENDING)
          .findFirst()
          .ifPresent(out::add);
    }
    return out;
  }

  private static String count(int n) {
    return n == 1 ? "1 comment" : n + " comments";
  }
}
