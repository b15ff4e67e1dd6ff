package dev.tinta.comments;

import java.util.Objects;

/**
 * A mistake in one field of a new comment, as data: the CLI prints {@link #message()}, the intake
 * server shows a translated text for {@code field} and {@code kind}.
 *
 * @param field {@code author}, {@code url}, {@code body} or {@code parent}
 * @param limit the length limit for {@link Kind#TOO_LONG}, else 0
 */
public record FieldProblem(String field, Kind kind, int limit) {
  /** What is wrong with the field. */
  public enum Kind {
    /** Empty, or only white space and invisible characters. */
    REQUIRED,
    /** Longer than {@code limit} characters (code points). */
    TOO_LONG,
    /** A link that is not an absolute http or https address. */
    NOT_HTTP,
    /** Characters the field cannot hold. */
    INVALID
  }

  public FieldProblem {
    Objects.requireNonNull(field);
    Objects.requireNonNull(kind);
  }

  /** The problem in English, as the command line shows it. */
  public String message() {
    String name =
        switch (field) {
          case "body" -> "the body";
          case "url" -> "the link";
          default -> "the " + field;
        };
    return switch (kind) {
      case REQUIRED ->
          field.equals("body") ? "the comment body is empty" : name + " must not be empty";
      case TOO_LONG -> name + " is longer than " + limit + " characters";
      case NOT_HTTP -> "the link must be an http or https address";
      case INVALID -> name + " holds characters it cannot hold";
    };
  }
}
