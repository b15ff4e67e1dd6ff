package dev.tinta.text;

import java.util.Collection;
import java.util.Locale;

/**
 * JSON strings (RFC 8259 §7) appended to a builder, for the JSON tinta writes itself: the JSON
 * Feed, the JSON-LD of post pages and the search index.
 */
public final class Json {
  private Json() {}

  /** Appends {@code s} as a JSON string: quotes, backslashes and control characters escaped. */
  public static StringBuilder string(StringBuilder out, String s) {
    return append(out, s, false);
  }

  /**
   * Appends {@code s} as a JSON string with {@code <} escaped too, so no value can close the {@code
   * <script>} element the JSON sits in.
   */
  public static StringBuilder htmlSafeString(StringBuilder out, String s) {
    return append(out, s, true);
  }

  /** Appends a JSON array of strings. */
  public static StringBuilder strings(StringBuilder out, Collection<String> values) {
    out.append('[');
    boolean first = true;
    for (String v : values) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, v);
    }
    return out.append(']');
  }

  private static StringBuilder append(StringBuilder out, String s, boolean escapeLessThan) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append(escapeLessThan ? "\\u003c" : "<");
        default -> {
          // U+2028 and U+2029 end a line in JavaScript before ES2019
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
