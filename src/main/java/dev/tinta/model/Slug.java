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

  /** Whether {@code text} is already a slug (what {@link #of} returns for it). */
  public static boolean isSlug(String text) {
    return !text.isEmpty() && of(text).equals(text);
  }
}
