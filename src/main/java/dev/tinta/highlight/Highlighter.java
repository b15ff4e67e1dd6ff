package dev.tinta.highlight;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Highlights code at build time: the source of a block in a known language becomes {@link Tokens},
 * runs with Pygments short class names, so Pygments and Chroma stylesheets apply. Languages: {@link
 * #languages()}; any other stays plain.
 *
 * <p>Safe to share between threads: each thread gets lexers of its own, since RSyntaxTextArea's
 * token makers keep state.
 */
public final class Highlighter {
  private final Languages languages = new Languages();
  private final ThreadLocal<Map<String, Lexer>> lexers = ThreadLocal.withInitial(HashMap::new);

  /** A highlighter; token makers are made per thread on first use. */
  public Highlighter() {
    // the token makers load Swing's text classes; without a display, AWT must not try to open one
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Every name a fence may give, in lower case ({@code java}, {@code py}, {@code yml}, ...). */
  public Set<String> languages() {
    return new TreeSet<>(languages.all().keySet());
  }

  /**
   * Lines longer than this are not lexed (the block is one plain run): RSyntaxTextArea's token
   * makers slow down more than linearly on one very long line (bench/pathological.py: a 220 KB line
   * of Java took 3.4 s, 40,000 units 78 s), and such a line is minified code, not something to
   * read.
   */
  static final int MAX_LINE = 5_000;

  /**
   * The runs of {@code code} in {@code language}, or empty for a language it does not know. The
   * runs cover the code exactly; code with a line over {@link #MAX_LINE} characters is one plain
   * run.
   */
  public Optional<Tokens> highlight(String language, String code) {
    String key = language.toLowerCase(java.util.Locale.ROOT);
    Map<String, Lexer> own = lexers.get();
    Lexer lexer = own.get(key);
    if (lexer == null) {
      Optional<Lexer> made = languages.lexer(key);
      if (made.isEmpty()) {
        return Optional.empty();
      }
      lexer = made.get();
      own.put(key, lexer);
    }
    if (longestLine(code) > MAX_LINE) {
      return Optional.of(Tokens.plain(code));
    }
    Tokens.Builder out = new Tokens.Builder(code);
    lexer.lex(out);
    return Optional.of(out.build());
  }

  private static int longestLine(String code) {
    int longest = 0;
    int start = 0;
    for (int i = 0; i <= code.length(); i++) {
      if (i == code.length() || code.charAt(i) == '\n') {
        longest = Math.max(longest, i - start);
        start = i + 1;
      }
    }
    return longest;
  }
}
