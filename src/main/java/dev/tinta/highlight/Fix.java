package dev.tinta.highlight;

/**
 * One language's corrections to its token maker: other classes for some tokens, and regions the fix
 * lexes itself (constructs the token maker gets wrong, such as heredocs or raw strings). A fix
 * keeps the state of one text: a new one per text.
 */
interface Fix {
  /** No corrections. */
  Fix NONE = new Fix() {};

  /**
   * The class of the token {@code cs[start, end)} of RSyntaxTextArea type {@code type}.
   *
   * @param standard the class {@link TokenClasses} gives it
   */
  default String classOf(char[] cs, int start, int end, int type, String standard) {
    return standard;
  }

  /**
   * Whether the fix lexes the text from the token at {@code start} itself: it adds runs to {@code
   * out} from {@code start} and returns where the token maker resumes (in its initial state), or
   * returns -1 and adds nothing.
   */
  default int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    return -1;
  }

  /**
   * Called at the end of each line ({@code eol} is the newline's index, or the text's length): the
   * fix may lex the lines that follow itself, adding runs from {@code eol} on, and return where the
   * token maker resumes (at a line start, initial state); -1 when it adds nothing.
   */
  default int afterLine(char[] cs, int eol, Tokens.Builder out) {
    return -1;
  }
}
