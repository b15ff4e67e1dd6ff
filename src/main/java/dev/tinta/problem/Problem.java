package dev.tinta.problem;

import java.util.Locale;
import java.util.Objects;

/**
 * A user mistake, or a warning, with its position, printed compiler-style: {@code file:line:col:
 * error: message (hint: ...)}.
 *
 * <p>{@code file} is relative to the site folder with forward slashes; {@code line} and {@code
 * column} are 1-based, and 0 when unknown (then left out of the printed form). An error fails the
 * build; a warning is printed and the build goes on (issue #11).
 */
public record Problem(
    String file, int line, int column, String message, String hint, Severity severity) {

  /** Whether a problem fails the build. */
  public enum Severity {
    ERROR,
    WARNING;

    /** The word printed before the message: {@code error} or {@code warning}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    hint = hint == null ? "" : hint;
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** An error. */
  public Problem(String file, int line, int column, String message, String hint) {
    this(file, line, column, message, hint, Severity.ERROR);
  }

  /** An error at a line and column of a file. */
  public static Problem at(String file, int line, int column, String message) {
    return new Problem(file, line, column, message, "");
  }

  /** An error about a whole file. */
  public static Problem inFile(String file, String message) {
    return new Problem(file, 0, 0, message, "");
  }

  /** A warning at a line and column of a file (0 for unknown): printed, and the build goes on. */
  public static Problem warningAt(String file, int line, int column, String message) {
    return new Problem(file, line, column, message, "", Severity.WARNING);
  }

  /** Whether this is a warning rather than an error. */
  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /** The same problem with a hint for fixing it. */
  public Problem withHint(String newHint) {
    return new Problem(file, line, column, message, newHint, severity);
  }

  /** The compiler-style line: {@code content/posts/x.md:3:7: error: message (hint: ...)}. */
  public String format() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    out.append(": ").append(severity.label()).append(": ").append(message);
    if (!hint.isEmpty()) {
      out.append(" (hint: ").append(hint).append(')');
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
