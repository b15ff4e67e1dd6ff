package dev.tinta.highlight;

/**
 * Unified and context diffs, a line at a time as Pygments does: file headers and {@code diff}/
 * {@code index} lines {@code gh}, hunk headers {@code gu}, added lines {@code gi}, removed lines
 * {@code gd}.
 */
final class DiffLexer implements Lexer {
  @Override
  public void lex(Tokens.Builder out) {
    char[] cs = out.code().toCharArray();
    int line = 0;
    while (line < cs.length) {
      int end = Scan.lineEnd(cs, line);
      out.add(end, classOf(cs, line, end));
      out.add(end + 1, null);
      line = end + 1;
    }
  }

  private static String classOf(char[] cs, int line, int end) {
    if (line == end) {
      return null;
    }
    if (Scan.startsWith(cs, line, "+++ ")
        || Scan.startsWith(cs, line, "--- ")
        || Scan.startsWith(cs, line, "diff ")
        || Scan.startsWith(cs, line, "index ")
        || Scan.startsWith(cs, line, "Index: ")
        || Scan.startsWith(cs, line, "===")) {
      return "gh";
    }
    return switch (cs[line]) {
      case '@' -> "gu";
      case '+', '>' -> "gi";
      case '-', '<' -> "gd";
      case '!' -> "gs";
      case '\\' -> "c";
      default -> null;
    };
  }
}
