package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.problem.Problem;
import java.util.List;
import java.util.Objects;

/** What became of one comment of {@link CommentModerator#addAll}: written, or refused. */
public sealed interface AddOutcome {
  /** The comment is in the file, as it reads back. */
  record Added(Comment comment) implements AddOutcome {
    public Added {
      Objects.requireNonNull(comment);
    }
  }

  /** The comment was not written, for these reasons. */
  record Refused(List<Problem> problems, List<FieldProblem> fields) implements AddOutcome {
    public Refused {
      problems = List.copyOf(problems);
      fields = List.copyOf(fields);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs a reason");
      }
    }
  }
}
