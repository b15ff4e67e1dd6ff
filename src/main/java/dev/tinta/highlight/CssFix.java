package dev.tinta.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * CSS with Pygments' classes (selectors {@code nt}/{@code nc}/{@code nn}, pseudo-classes {@code
 * nd}, at-rules {@code k}), and rules inside {@code @media}, {@code @supports} and the other
 * grouping at-rules lexed as rules: the token maker reads the block of {@code @media} as
 * declarations.
 */
final class CssFix implements Fix {
  /** A grouping at-rule was seen and its block has not opened yet. */
  private boolean grouping;

  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    char c = cs[start];
    return switch (type) {
      case TokenTypes.REGEX -> c == '@' ? "k" : standard;
      case TokenTypes.LITERAL_NUMBER_DECIMAL_INT -> c == '#' ? "mh" : standard;
      case TokenTypes.DATA_TYPE -> c == '.' ? "nc" : "nt";
      case TokenTypes.VARIABLE -> c == '#' ? "nn" : standard;
      case TokenTypes.RESERVED_WORD -> c == ':' ? "nd" : "k";
      default -> standard;
    };
  }

  @Override
  public int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    if (type == TokenTypes.REGEX && cs[start] == '@') {
      String rule = Scan.text(cs, start, end);
      grouping =
          rule.equals("@media")
              || rule.equals("@supports")
              || rule.equals("@container")
              || rule.equals("@layer")
              || rule.equals("@document");
      return -1;
    }
    if (cs[start] == ';') {
      grouping = false;
    } else if (grouping && cs[start] == '{') {
      grouping = false;
      out.add(start + 1, null);
      return start + 1; // resume in the token maker's initial state: rules
    }
    return -1;
  }
}
