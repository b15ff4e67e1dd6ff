package dev.tinta.highlight;

/**
 * Kotlin beyond the token maker: raw strings ({@code """..."""}, over several lines) with their
 * {@code $name} and {@code ${...}} templates, and numbers with {@code _}.
 */
final class KotlinFix implements Fix {
  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    return Scan.numberClass(cs, start, end, type, standard);
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
