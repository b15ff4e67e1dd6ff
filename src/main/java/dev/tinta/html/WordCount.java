package dev.tinta.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Words in a text and the minutes it takes to read at 200 words a minute. */
final class WordCount {
  static final int WORDS_PER_MINUTE = 200;

  private WordCount() {}

  static int of(String text) {
    Counter counter = new Counter();
    counter.scan(text);
    return counter.words;
  }

  /**
   * Words in the text of {@code root}, as {@code of(root.text())} counts them, without building
   * that text: a block element or {@code <br>} ends a word, as the space {@code text()} puts there
   * would.
   */
  static int of(Element root) {
    Counter counter = new Counter();
    NodeTraversor.traverse(counter, root);
    return counter.words;
  }

  static int readingMinutes(int words) {
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  /** ASCII letters and digits: one array load instead of three range tests per character. */
  private static final boolean[] ASCII_WORD = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_WORD[c] = true;
      ASCII_WORD[Character.toUpperCase(c)] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      ASCII_WORD[c] = true;
    }
  }

  /** Counts words across texts; a boundary (block element, {@code <br>}) ends a word. */
  static final class Counter implements NodeVisitor {
    private int words;
    private boolean inWord;

    int words() {
      return words;
    }

    /** At an element's start: a block or {@code <br>} ends a word, as text()'s space would. */
    void enter(Element e) {
      if (e.isBlock() || e.nameIs("br")) {
        inWord = false;
      }
    }

    /** At an element's end: a block ends a word. */
    void leave(Element e) {
      if (e.isBlock()) {
        inWord = false;
      }
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        scan(text.getWholeText());
      } else if (node instanceof Element e) {
        enter(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        leave(e);
      }
    }

    /** The text being scanned: an array loop is much cheaper than {@code charAt} before C2. */
    private char[] chars = new char[256];

    void scan(String text) {
      int length = text.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      text.getChars(0, length, chars, 0);
      scan(chars, length);
    }

    /** Counts the words of {@code cs[0, length)}, continuing a word the last text ended in. */
    void scan(char[] cs, int length) {
      boolean[] ascii = ASCII_WORD;
      int count = words;
      boolean in = inWord;
      for (int i = 0; i < length; i++) {
        char c = cs[i];
        // ASCII first: most text is, and the Unicode tables cost far more per character
        boolean letter = c < 128 ? ascii[c] : Character.isLetterOrDigit(c);
        if (letter && !in) {
          count++;
        }
        in = letter;
      }
      words = count;
      inWord = in;
    }
  }
}
