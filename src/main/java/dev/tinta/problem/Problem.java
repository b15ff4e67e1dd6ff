package dev.tinta.problem;

import java.util.Objects;

/**
 * A user mistake with its position, printed compiler-style: {@code file:line:col: error: message
 * (hint: ...)}.
 *
 * <p>{@code file} is relative to the site folder with forward slashes; {@code line} and {@code
 * column} are 1-based, and 0 when unknown (then left out of the printed form).
 */
public record Problem(String file, int line, int column, String message, String hint) {

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? "" : hint;
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** A problem at a line and column of a file. */
  public static Problem at(String file, int line, int column, String message) {
    return new Problem(file, line, column, message, "");
  }

  /** A problem about a whole file. */
  public static Problem inFile(String file, String message) {
    return new Problem(file, 0, 0, message, "");
  }

  /** The same problem with a hint for fixing it. */
  public Problem withHint(String newHint) {
    return new Problem(file, line, column, message, newHint);
  }

  /**
   * The same problem moved down by {@code lines} lines (front matter sits below the first line).
   */
  public Problem shifted(int lines) {
    return line == 0 ? this : new Problem(file, line + lines, column, message, hint);
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
    out.append(": error: ").append(message);
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
