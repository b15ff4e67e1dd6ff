package dev.tinta.highlight;

import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Kotlin beyond the token maker: raw strings ({@code """..."""}, over several lines) with their
 * {@code $name} and {@code ${...}} templates, and numbers with {@code _}.
 */
final class KotlinFix implements Fix {
  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    if (type == TokenTypes.ERROR_NUMBER_FORMAT) {
      String n = Scan.number(Scan.text(cs, start, end));
      return n != null ? n : standard;
    }
    return standard;
  }

  @Override
  public int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    if (!Scan.startsWith(cs, start, "\"\"\"")) {
      return -1;
    }
    int stop = Scan.closing(cs, start + 3, "\"\"\"", false, true);
    while (stop < cs.length && cs[stop] == '"') {
      stop++; // """a"""" ends with the last quote
    }
    Scan.interpolated(cs, start, stop, true, "s", out);
    return stop;
  }
}
