package dev.tinta.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Splits text into search keys, exactly as the theme's {@code search.js} splits a query; the two
 * are held together by {@code SearchTokensIT}, which runs the script's tokenizer in Chromium over
 * the same texts.
 *
 * <p>A word is a run of letters, marks and digits ({@code \p{L}\p{M}\p{N}}); anything else (spaces,
 * punctuation, apostrophes, hyphens, symbols) separates words. Its key is its case- and
 * accent-folded form: NFKD, lower case (root locale), non-spacing marks removed, NFC, final sigma
 * as sigma; so {@code Café}, {@code CAFÉ} and {@code cafe} are one key, and full-width {@code ＡＢＣ}
 * is {@code abc}. Words of fewer than {@value #MIN_WORD} or more than {@value #MAX_WORD} code
 * points after folding are not keys.
 *
 * <p>Chinese, Japanese and Korean text (Han, Hiragana, Katakana and Hangul letters, and the kana
 * marks of the Common script: the prolonged sound mark {@code ー}, its half-width form and the
 * voiced sound marks) has no spaces between words, so a run of it is NFKC-normalized (half-width
 * {@code ｶﾞ} becomes {@code ガ}) and cut into overlapping bigrams, as Lucene's {@code
 * CJKBigramFilter} does: {@code 网络连接} gives {@code 网络 络连 连接}; a run of one character is one key.
 */
final class Tokens {
  static final int MIN_WORD = 2;
  static final int MAX_WORD = 32;

  /** Receives the tokens of a text in order. */
  interface Sink {
    /** A word as it appears in the text (not folded): {@code text[start, end)}. */
    void word(char[] text, int start, int end);

    /** A CJK bigram or single character, normalized: already a key. */
    void cjk(String key);
  }

  private static final int OTHER = 0;
  private static final int WORD = 1;
  private static final int CJK = 2;

  private Tokens() {}

  /** Calls {@code sink} for each word and each CJK key of {@code text}, in order. */
  static void split(String string, Sink sink) {
    char[] text = string.toCharArray();
    int n = text.length;
    int word = -1;
    int cjk = -1;
    int i = 0;
    while (i < n) {
      char c = text[i];
      int next;
      int kind;
      if (c < 0x80) {
        // the common case: ASCII letters and digits make words, everything else ends them
        next = i + 1;
        kind = isAsciiWordChar(c) ? WORD : OTHER;
      } else {
        int cp = Character.codePointAt(text, i);
        next = i + Character.charCount(cp);
        kind = isCjk(cp) ? CJK : isWordChar(cp) ? WORD : OTHER;
      }
      // at most one of a word and a CJK run is open at a time
      if (kind != WORD && word >= 0) {
        sink.word(text, word, i);
        word = -1;
      }
      if (kind != CJK && cjk >= 0) {
        cjkRun(new String(text, cjk, i - cjk), sink);
        cjk = -1;
      }
      if (kind == WORD && word < 0) {
        word = i;
      } else if (kind == CJK && cjk < 0) {
        cjk = i;
      }
      i = next;
    }
    if (word >= 0) {
      sink.word(text, word, n);
    }
    if (cjk >= 0) {
      cjkRun(new String(text, cjk, n - cjk), sink);
    }
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static void cjkRun(String run, Sink sink) {
    String s = Normalizer.normalize(run, Normalizer.Form.NFKC);
    int count = s.codePointCount(0, s.length());
    if (count == 1) {
      sink.cjk(s);
      return;
    }
    int a = 0;
    int b = s.offsetByCodePoints(0, 1);
    while (b < s.length()) {
      int c = b + Character.charCount(s.codePointAt(b));
      sink.cjk(s.substring(a, c));
      a = b;
      b = c;
    }
  }

  /** The key of a word, or an empty string when the folded word is too short or too long. */
  static String key(String raw) {
    String folded = fold(raw);
    int length = folded.codePointCount(0, folded.length());
    return length < MIN_WORD || length > MAX_WORD ? "" : folded;
  }

  /** Case and accent folding (see the class comment). */
  static String fold(String word) {
    if (isAscii(word)) {
      return word.toLowerCase(Locale.ROOT);
    }
    String d = Normalizer.normalize(word, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder kept = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return Normalizer.normalize(kept, Normalizer.Form.NFC).replace('ς', 'σ');
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code \p{L}\p{M}\p{N}}. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  /** A word character of a script written without spaces between words, or a kana mark. */
  static boolean isCjk(int cp) {
    if (cp < 0x1100) {
      return false;
    }
    if (cp == 0x30FC
        || cp == 0xFF70
        || cp == 0xFF9E
        || cp == 0xFF9F
        || cp == 0x3099
        || cp == 0x309A) {
      return true;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return (script == Character.UnicodeScript.HAN
            || script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA
            || script == Character.UnicodeScript.HANGUL)
        && isWordChar(cp);
  }
}
