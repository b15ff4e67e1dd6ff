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

  /** Whether {@code language} (any case) is highlighted. */
  public boolean supports(String language) {
    return languages.lexer(language).isPresent();
  }

  /**
   * The runs of {@code code} in {@code language}, or empty for a language it does not know. The
   * runs cover the code exactly.
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
    Tokens.Builder out = new Tokens.Builder(code);
    lexer.lex(out);
    return Optional.of(out.build());
  }
}
