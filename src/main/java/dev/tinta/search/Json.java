package dev.tinta.search;

import java.util.Collection;

/** The little JSON the index needs: strings, arrays of strings, written into a builder. */
final class Json {
  private Json() {}

  /** Appends {@code s} as a JSON string: quotes, backslashes and control characters escaped. */
  static StringBuilder string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** Appends a JSON array of strings. */
  static StringBuilder strings(StringBuilder out, Collection<String> values) {
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
}
