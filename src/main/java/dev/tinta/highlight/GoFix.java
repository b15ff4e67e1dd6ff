package dev.tinta.highlight;

/**
 * Go beyond the token maker: raw strings in backquotes over several lines, numbers with {@code _}.
 */
final class GoFix implements Fix {
  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    return Scan.numberClass(cs, start, end, type, standard);
  }

  @Override
  public int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    if (cs[start] != '`') {
      return -1;
    }
    int stop = Scan.closing(cs, start + 1, "`", false, true);
    out.add(stop, "s");
    return stop;
  }
}
