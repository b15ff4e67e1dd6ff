package dev.tinta.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Markdown with Pygments' classes: headings {@code gh}, strong and emphasis {@code gs}/{@code ge},
 * code {@code sb} ({@code c1} for a fence's lines), list markers {@code k}, link texts {@code nt}
 * and targets {@code na}.
 */
final class MarkdownFix implements Fix {
  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    return switch (type) {
      case TokenTypes.RESERVED_WORD -> "gh";
      case TokenTypes.RESERVED_WORD_2 -> "gs";
      case TokenTypes.DATA_TYPE -> "ge";
      case TokenTypes.PREPROCESSOR -> "sb";
      case TokenTypes.LITERAL_NUMBER_DECIMAL_INT -> "k";
      case TokenTypes.REGEX -> "nt";
      case TokenTypes.ANNOTATION -> "na";
      default -> standard;
    };
  }
}
