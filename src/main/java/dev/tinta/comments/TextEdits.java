package dev.tinta.comments;

import dev.tinta.model.CommentStatus;

/**
 * The two changes moderation makes to a comments file's text, both leaving every other character as
 * it was: replace one status value, or append lines at the end.
 */
final class TextEdits {
  private TextEdits() {}

  /** {@code text} with the status value at {@code span} replaced by {@code status}'s word. */
  static String withStatus(String text, StatusSpan span, CommentStatus status) {
    if (!span.editable()) {
      throw new IllegalArgumentException("status is not editable in place: " + span);
    }
    int start = offset(text, span.line(), span.startColumn());
    int end = offset(text, span.line(), span.endColumn());
    return text.substring(0, start) + status.word() + text.substring(end);
  }

  /** {@code text} with {@code lines} appended, after a line break if the last line lacks one. */
  static String withLines(String text, String lines, String newline) {
    boolean open = !text.isEmpty() && !text.endsWith("\n") && !text.endsWith("\r");
    return text + (open ? newline : "") + lines;
  }

  /**
   * The lines of {@code text}, each with its own line break ({@code \n}, {@code \r\n} or {@code
   * \r}).
   */
  static java.util.List<String> lines(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        i += c == '\r' && text.startsWith("\r\n", i) ? 2 : 1;
        out.add(text.substring(start, i));
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** How many lines {@code text} has when it ends with a line break (YAML 1.2 line breaks). */
  static int lineCount(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && !text.startsWith("\r\n", i))) {
        n++;
      }
    }
    return n;
  }

  /** The file's line break: {@code \r\n} when it already uses it, else {@code \n}. */
  static String newline(String text) {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  /**
   * The char offset of a YAML mark: {@code line} counts {@code \n}, {@code \r\n} and {@code \r}
   * (YAML 1.2 line breaks), {@code column} counts code points; a leading byte-order mark is not in
   * the column count of line 0.
   */
  static int offset(String text, int line, int column) {
    int pos = 0;
    for (int l = 0; l < line; l++) {
      while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
        pos++;
      }
      if (pos >= text.length()) {
        throw new IllegalArgumentException("no line " + line);
      }
      pos += text.startsWith("\r\n", pos) ? 2 : 1;
    }
    if (line == 0 && text.startsWith("\uFEFF")) {
      pos++;
    }
    return text.offsetByCodePoints(pos, column);
  }
}
