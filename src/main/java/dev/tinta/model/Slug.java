package dev.tinta.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable URL and id parts made from text: {@code "Another Insight About Networking"} becomes
 * {@code another-insight-about-networking}, {@code "Café über"} becomes {@code cafe-uber}, and
 * letters of other scripts are kept ({@code "Привет мир"} becomes {@code привет-мир}).
 */
public final class Slug {
  private Slug() {}

  /** The slug of a text; empty when the text has no letter or digit. */
  public static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean dash = false;
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(cp)) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        dash = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The slug of a post's or page's name, from its file (or folder) name or its {@code slug:}: the
   * same text gives the same slug from either place. Text already safe in a URL (ASCII letters,
   * digits, {@code -} and {@code _}, starting with a letter or digit) is kept as written, case
   * included, so the URLs of a blog moved from Jekyll survive ({@code HFDP-Notes1}); other text
   * becomes {@link #of} it. Empty when the text has no letter or digit.
   */
  public static String ofName(String text) {
    return isUrlSafe(text) ? text : of(text);
  }

  private static boolean isUrlSafe(String text) {
    if (text.isEmpty() || text.charAt(0) == '-' || text.charAt(0) == '_') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!safe) {
        return false;
      }
    }
    return true;
  }
}
