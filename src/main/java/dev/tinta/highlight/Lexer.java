package dev.tinta.highlight;

/**
 * Cuts one language's code into classed runs. An instance may keep state between calls and is used
 * by one thread at a time.
 */
interface Lexer {
  /** Adds the runs of {@code out.code()} to {@code out}, from its start; the rest stays plain. */
  void lex(Tokens.Builder out);
}
