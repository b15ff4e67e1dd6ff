package dev.tinta.comments;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Cleaning rules for the plain-text fields of a comment (author, link, excerpts). */
final class UntrustedText {
  private UntrustedText() {}

  /**
   * One line of plain text: tabs and line breaks become spaces, other control characters and
   * bidirectional overrides are dropped, and the ends are trimmed.
   */
  static String line(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    raw.codePoints()
        .forEach(
            c -> {
              if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
              } else if (!Character.isISOControl(c) && !isBidiControl(c)) {
                out.appendCodePoint(c);
              }
            });
    return out.toString().strip();
  }

  /** Length in code points, so an emoji counts as one character. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The link when it is an absolute http or https URL with a host, else "". Checked with {@link
   * URI}, which refuses spaces, quotes and angle brackets, so the result cannot break out of an
   * attribute even before the template escapes it.
   */
  static String httpUrl(String raw) {
    String url = raw.strip();
    if (url.isEmpty()) {
      return "";
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      boolean host = uri.getHost() != null && !uri.getHost().isEmpty();
      return uri.isAbsolute() && web && host ? uri.toString() : "";
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /**
   * Whitespace-collapsed text cut to at most {@code max} code points, at a word boundary when one
   * is near, ending in an ellipsis when cut.
   */
  static String excerpt(String text, int max) {
    String flat = line(text).replaceAll("\\s+", " ");
    if (length(flat) <= max) {
      return flat;
    }
    String cut = flat.substring(0, flat.offsetByCodePoints(0, max - 1));
    int space = cut.lastIndexOf(' ');
    if (space > cut.length() / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }

  // Trojan-source style reordering (U+202A..U+202E, U+2066..U+2069) would let a name spoof the
  // text around it.
  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
