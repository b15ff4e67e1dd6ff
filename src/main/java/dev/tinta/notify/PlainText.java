package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import org.jsoup.Jsoup;

/**
 * Untrusted comment fields as safe plain text for the mail: one line each, with every control
 * character (CR and LF among them), line and paragraph separator and bidirectional override gone.
 */
final class PlainText {
  private PlainText() {}

  /** One line: breaks and tabs become spaces; other controls and format characters are dropped. */
  static String line(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              if (c == '\t'
                  || c == '\n'
                  || c == '\r'
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
              } else if (!Character.isISOControl(c) && type != Character.FORMAT) {
                out.appendCodePoint(c);
              }
            });
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /**
   * The text a reader sees of a Markdown body (rendered by the site's renderer, then its text), on
   * one line, cut to at most {@code max} code points with an ellipsis.
   */
  static String excerpt(CommentBodies bodies, String markdown, int max) {
    String text = line(Jsoup.parse(bodies.html(markdown)).text());
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    int end = text.offsetByCodePoints(0, max);
    int space = text.lastIndexOf(' ', end);
    String cut = space > end - 20 && space > 0 ? text.substring(0, space) : text.substring(0, end);
    return cut.strip() + "…";
  }
}
