package dev.tinta.search;

/**
 * A stem's postings as text: for each post that has the stem, in post order, one variable-length
 * number {@code gap × 8 + code}, where {@code gap} is the post's number minus the previous post's
 * minus one (the first post's number for the first) and {@code code} the weight code of {@link
 * DocTerms}. A number is written five bits a character, low bits first, in the URL-safe base64
 * alphabet; characters 32–63 of the alphabet carry a continuation bit. A stem in every post of a
 * site costs one character a post; JSON needs no escape for any of them.
 */
final class Postings {
  static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private Postings() {}

  /**
   * Writes postings given as {@code post × 8 + code}, in increasing post order.
   *
   * @param packed the postings; only the first {@code n} are read
   */
  static void write(int[] packed, int n, StringBuilder out) {
    int previous = -1;
    for (int i = 0; i < n; i++) {
      int post = packed[i] >>> 3;
      int value = ((post - previous - 1) << 3) | (packed[i] & 7);
      previous = post;
      while (value >= 32) {
        out.append(ALPHABET.charAt(32 | (value & 31)));
        value >>>= 5;
      }
      out.append(ALPHABET.charAt(value));
    }
  }

  /** Reads postings back as {@code post × 8 + code} (what search.js does, for tests). */
  static int[] read(String text) {
    int[] out = new int[text.length()];
    int n = 0;
    int previous = -1;
    int value = 0;
    int shift = 0;
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException("not a postings character: " + text.charAt(i));
      }
      value |= (digit & 31) << shift;
      if (digit >= 32) {
        shift += 5;
        continue;
      }
      int post = previous + 1 + (value >>> 3);
      out[n++] = (post << 3) | (value & 7);
      previous = post;
      value = 0;
      shift = 0;
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
