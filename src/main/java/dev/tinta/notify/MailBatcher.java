package dev.tinta.notify;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.SiteException;
import jakarta.mail.MessagingException;
import java.io.IOException;
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
 * every}: a failure never forgets that comments wait, and neither does a restart (the list is kept
 * in an {@link UnsentFile}). Comments moderated before the mail goes out are left out of it.
 */
final class MailBatcher {
  private final ScheduledExecutorService executor;
  private final Duration every;
  private final SmtpMailer mailer;
  private final CommentModerator moderator;
  private final Function<List<Comment>, OwnerMail> compose;
  private final UnsentFile unsent;
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
      UnsentFile unsent,
      Consumer<String> log) {
    this.executor = executor;
    this.every = every;
    this.mailer = mailer;
    this.moderator = moderator;
    this.compose = compose;
    this.unsent = unsent;
    this.log = log;
  }

  /**
   * Takes up the comments a previous run stored but did not mail, those still pending; the first
   * round follows after {@code every}.
   */
  synchronized void restore() {
    try {
      List<CommentRef> refs = unsent.read();
      for (Comment c : stillPending(refs, Map.of())) {
        waiting.put(new CommentRef(c.postSlug(), c.id()), c);
      }
    } catch (IOException e) {
      log.accept("cannot read the comments not yet mailed from " + unsent + ": " + e);
    }
    if (!waiting.isEmpty()) {
      scheduleRound();
    }
  }

  /** Notes a stored comment; a pending one is mailed with the next batch. Never blocks on I/O. */
  synchronized void stored(Comment comment) {
    if (comment.status() != CommentStatus.PENDING) {
      return;
    }
    waiting.put(new CommentRef(comment.postSlug(), comment.id()), comment);
    scheduleRound();
    try {
      // written on the mail thread: the reader's request does not wait for it
      executor.execute(this::save);
    } catch (RejectedExecutionException e) {
      // the server is stopping
    }
  }

  /** Writes the list of comments not yet mailed. */
  private void save() {
    List<CommentRef> refs;
    synchronized (this) {
      refs = List.copyOf(waiting.keySet());
    }
    try {
      unsent.write(refs);
    } catch (IOException e) {
      log.accept("cannot keep the comments not yet mailed in " + unsent + ": " + e);
    }
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
    Map<CommentRef, Comment> batch;
    synchronized (this) {
      batch = new LinkedHashMap<>(waiting);
    }
    List<Comment> still = stillPending(List.copyOf(batch.keySet()), batch);
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
        waiting.keySet().removeAll(batch.keySet());
      }
      if (!waiting.isEmpty()) {
        scheduleRound();
      }
    }
    if (sent) {
      save();
    }
  }

  /**
   * The named comments still pending in their files (read again: the owner may be fast). A file
   * that cannot be read keeps its comments in: better a mail too many than one too few.
   */
  private List<Comment> stillPending(List<CommentRef> refs, Map<CommentRef, Comment> stored) {
    Map<String, List<Comment>> files = new HashMap<>();
    List<Comment> out = new ArrayList<>();
    for (CommentRef ref : refs) {
      List<Comment> now;
      try {
        now = files.computeIfAbsent(ref.postSlug(), moderator::comments);
      } catch (SiteException e) {
        Comment known = stored.get(ref);
        if (known != null) {
          out.add(known);
        }
        continue;
      }
      now.stream()
          .filter(x -> x.id().equals(ref.id()) && x.status() == CommentStatus.PENDING)
          .findFirst()
          .ifPresent(out::add);
    }
    return out;
  }

  private static String count(int n) {
    return n == 1 ? "1 comment" : n + " comments";
  }
}
