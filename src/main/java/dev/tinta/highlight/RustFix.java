package dev.tinta.highlight;

/**
 * Rust beyond the token maker: lifetimes ({@code 'a}, which it takes for unclosed characters), raw
 * strings ({@code r#"..."#}) and strings over several lines, and numbers with {@code _} and type
 * suffixes ({@code 1_000u32}).
 */
final class RustFix implements Fix {
  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    return Scan.numberClass(cs, start, end, type, standard);
  }

  @Override
  public int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    char c = cs[start];
    if (c == '\'' && start + 1 < cs.length && Scan.identStart(cs[start + 1])) {
      int i = start + 2;
      while (i < cs.length && Scan.identPart(cs[i])) {
        i++;
      }
      if (i < cs.length && cs[i] == '\'') {
        return -1; // a character such as 'a'
      }
      out.add(start + 1, "o").add(i, "na");
      return i;
    }
    int i = start;
    if (c == 'b' && i + 1 < cs.length && (cs[i + 1] == 'r' || cs[i + 1] == '"')) {
      i++;
    }
    if (cs[i] == 'r' && i + 1 < cs.length && (cs[i + 1] == '#' || cs[i + 1] == '"')) {
      int hashes = 0;
      int j = i + 1;
      while (j < cs.length && cs[j] == '#') {
        hashes++;
        j++;
      }
      if (j < cs.length && cs[j] == '"') {
        int stop = Scan.closing(cs, j + 1, "\"" + "#".repeat(hashes), false, true);
        out.add(stop, "s");
        return stop;
      }
      return -1;
    }
    if (cs[i] == '"') {
      int stop = Scan.closing(cs, i + 1, "\"", true, true);
      out.add(stop, "s");
      return stop;
    }
    return -1;
  }
}
