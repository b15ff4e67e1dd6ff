package dev.tinta.html;

/** Words in a text and the minutes it takes to read at 200 words a minute. */
final class WordCount {
  static final int WORDS_PER_MINUTE = 200;

  private WordCount() {}

  static int of(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // ASCII first: most text is, and the Unicode tables cost far more per character
      boolean letter =
          c < 128
              ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
              : Character.isLetterOrDigit(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  static int readingMinutes(int words) {
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }
}
