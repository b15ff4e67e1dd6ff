package dev.tinta.intake;

import dev.tinta.comments.FieldProblem;
import java.time.Duration;
import java.util.List;

/** What the intake decided about one submitted comment; each kind maps to one HTTP status. */
sealed interface Verdict {
  /** Stored (pending or, silently, spam): 303 or 202. */
  record Stored(String id) implements Verdict {}

  /** Fields to fix: 400, with the form shown again. */
  record Invalid(List<FieldProblem> problems) implements Verdict {
    public Invalid {
      problems = List.copyOf(problems);
    }
  }

  /** The form token is missing, forged, too young, expired or used: 403, with a fresh form. */
  record TokenRefused(FormTokens.Check check) implements Verdict {}

  /** The post takes no comments any more: 403. */
  record Closed() implements Verdict {}

  /** Over a rate limit: 429 with Retry-After. */
  record RateLimited(Duration retryAfter) implements Verdict {}

  /** The comment could not be stored (disk full or read-only, broken comments file): 503. */
  record Unavailable() implements Verdict {}
}
