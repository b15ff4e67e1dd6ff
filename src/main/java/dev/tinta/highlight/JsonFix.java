package dev.tinta.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/** JSON with Pygments' classes: keys {@code nt}, {@code null} a constant like true and false. */
final class JsonFix implements Fix {
  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    return switch (type) {
      case TokenTypes.VARIABLE -> "nt";
      case TokenTypes.RESERVED_WORD -> "kc";
      default -> standard;
    };
  }
}
