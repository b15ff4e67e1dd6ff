package dev.tinta.serve;

import dev.tinta.problem.Problem;
import java.util.List;

/**
 * The box the dev server lays over every page while the latest rebuild has problems: one line per
 * problem in the compiler-style form the terminal prints, HTML-escaped (messages quote the user's
 * text).
 */
final class ErrorOverlay {
  /** The {@code id} of the overlay element. */
  static final String ID = "tinta-errors";

  private static final String BOX =
      "position:fixed;left:1rem;right:1rem;bottom:1rem;"
          + "z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;"
          + "background:#fff4f4;color:#5c0b0b;border:2px solid #c62828;border-radius:6px;"
          + "box-shadow:0 6px 24px rgba(0,0,0,.35);font:14px/1.5 ui-monospace,Menlo,Consolas,"
          + "monospace;text-align:left";

  private ErrorOverlay() {}

  /** The overlay for {@code problems}; the empty string when there are none. */
  static String html(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("<div id=\"")
        .append(ID)
        .append("\" role=\"alert\" style=\"")
        .append(BOX)
        .append("\">\n<p style=\"margin:0 0 .5rem;font-weight:bold\">")
        .append("tinta: the latest rebuild failed; pages show the last good build.</p>\n")
        .append("<ul style=\"margin:0;padding:0;list-style:none;white-space:pre-wrap\">\n");
    for (Problem p : problems) {
      out.append("<li>").append(escape(p.format())).append("</li>\n");
    }
    return out.append("</ul>\n</div>\n").toString();
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
