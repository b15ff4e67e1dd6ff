package dev.tinta.html;

/** Words in a text and the minutes it takes to read at 200 words a minute. */
final class WordCount {
  static final int WORDS_PER_MINUTE = 200;

  private WordCount() {}

  static int of(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
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
