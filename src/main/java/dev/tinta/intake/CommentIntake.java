package dev.tinta.intake;

import dev.tinta.comments.AddOutcome;
import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.comments.FieldProblem;
import dev.tinta.comments.NewComment;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decides what becomes of a submitted comment, whatever client sent it (form or JSON): field
 * checks, the form token, the rate limits, the spam layers, then the write. Every check fails
 * closed; the answer is {@link Verdict.Stored} only once the comment is on disk.
 */
final class CommentIntake {
  /** A client waits at most this long for its write; after that it is told 503. */
  private static final Duration WRITE_WAIT = Duration.ofSeconds(30);

  private final CommentSettings settings;
  private final FormTokens tokens;
  private final SpentNonces nonces;
  private final RateLimiter limiter;
  private final SpamCheck spam;
  private final CommentModerator moderator;
  private final WriteQueue writes;
  private final SecretKeySpec ipKey;
  private final Consumer<String> log;
  private final Consumer<Comment> onStored;

  /**
   * @param onStored told of each comment once it is on disk (the owner's mail, #13)
   */
  CommentIntake(
      CommentSettings settings,
      FormTokens tokens,
      SpentNonces nonces,
      RateLimiter limiter,
      CommentModerator moderator,
      WriteQueue writes,
      Keys keys,
      Consumer<String> log,
      Consumer<Comment> onStored) {
    this.settings = settings;
    this.tokens = tokens;
    this.nonces = nonces;
    this.limiter = limiter;
    this.spam = new SpamCheck(settings.intake().maxLinks());
    this.moderator = moderator;
    this.writes = writes;
    this.ipKey = keys.key("ip-hash");
    this.log = log;
    this.onStored = onStored;
  }

  Verdict submit(PostInfo post, Submission s, ClientNetwork network) {
    if (!post.commentsOpen()) {
      return new Verdict.Closed();
    }
    String parent = s.parent().strip();
    FormTokens.Result token =
        s.hiddenFieldsMalformed()
            ? new FormTokens.Result(FormTokens.Check.FORGED, null)
            : tokens.verify(s.token().strip(), post.slug(), parent);
    List<FieldProblem> problems = new ArrayList<>(s.controlCharacters());
    if (problems.isEmpty()) {
      NewComment draft = draft(post, s, CommentStatus.PENDING, "");
      problems.addAll(draft.check(settings));
    }
    if (token.check() != FormTokens.Check.GOOD) {
      return new Verdict.TokenRefused(token.check());
    }
    if (!problems.isEmpty()) {
      return new Verdict.Invalid(problems);
    }
    if (!parent.isEmpty()) {
      Optional<Verdict> refused = checkParent(post.slug(), parent);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    Optional<Duration> wait = limiter.acquire(network);
    if (wait.isPresent()) {
      return new Verdict.RateLimited(wait.get());
    }
    try {
      if (!nonces.spend(token.verified().nonce(), token.verified().expires())) {
        return new Verdict.TokenRefused(FormTokens.Check.REPLAYED);
      }
    } catch (IOException e) {
      log.accept("cannot record a spent form token: " + e);
      return new Verdict.Unavailable();
    }
    Optional<SpamCheck.Reason> reason = spam.reason(s);
    CommentStatus status = reason.isPresent() ? CommentStatus.SPAM : CommentStatus.PENDING;
    return store(draft(post, s, status, network.hash(ipKey)), reason);
  }

  private Optional<Verdict> checkParent(String slug, String parent) {
    try {
      Optional<Comment> replied = moderator.comment(new CommentRef(slug, parent));
      if (replied.isPresent() && replied.get().status() == CommentStatus.APPROVED) {
        return Optional.empty();
      }
      return Optional.of(
          new Verdict.Invalid(List.of(new FieldProblem("parent", FieldProblem.Kind.INVALID, 0))));
    } catch (SiteException e) {
      e.problems().forEach(p -> log.accept(p.format()));
      return Optional.of(new Verdict.Unavailable());
    }
  }

  private Verdict store(NewComment draft, Optional<SpamCheck.Reason> reason) {
    try {
      AddOutcome outcome = writes.submit(draft).get(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      if (outcome instanceof AddOutcome.Added added) {
        log.accept(
            "stored "
                + draft.postSlug()
                + "/"
                + added.comment().id()
                + " as "
                + draft.status().word()
                + reason
                    .map(r -> " (" + r.name().toLowerCase(java.util.Locale.ROOT) + ")")
                    .orElse(""));
        onStored.accept(added.comment());
        return new Verdict.Stored(added.comment().id());
      }
      AddOutcome.Refused refused = (AddOutcome.Refused) outcome;
      return new Verdict.Invalid(refused.fields());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SiteException site) {
        site.problems().stream().map(Problem::format).forEach(log);
      } else {
        log.accept("cannot store a comment: " + e.getCause());
      }
      return new Verdict.Unavailable();
    } catch (TimeoutException e) {
      log.accept("a comment write took longer than " + WRITE_WAIT.toSeconds() + " s");
      return new Verdict.Unavailable();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Verdict.Unavailable();
    }
  }

  private static NewComment draft(PostInfo post, Submission s, CommentStatus status, String hash) {
    return new NewComment(
        post.slug(), s.author(), s.url(), s.parent().strip(), s.body(), status, hash);
  }
}
