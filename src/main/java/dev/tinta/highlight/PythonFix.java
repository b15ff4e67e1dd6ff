package dev.tinta.highlight;

import java.util.Set;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Python beyond the token maker: {@code async}, {@code await}, {@code with} and {@code nonlocal}
 * are keywords, {@code 1_000}, {@code 0b1010} and {@code 0o17} numbers, and prefixed strings
 * ({@code f"..."}, {@code rb'...'}) one string, with the {@code {expressions}} of f-strings marked.
 */
final class PythonFix implements Fix {
  private static final Set<String> KEYWORDS = Set.of("async", "await", "with", "nonlocal");
  private static final Set<String> CONSTANTS = Set.of("True", "False", "None");
  private static final Set<String> PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");

  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    if (type == TokenTypes.IDENTIFIER || type == TokenTypes.FUNCTION) {
      String word = Scan.text(cs, start, end);
      if (KEYWORDS.contains(word)) {
        return "k";
      } else if (CONSTANTS.contains(word)) {
        return "kc";
      }
    }
    return Scan.numberClass(cs, start, end, type, standard);
  }

  @Override
  public int claim(char[] cs, int start, int end, int type, Tokens.Builder out) {
    if (type != TokenTypes.IDENTIFIER
        || end >= cs.length
        || (cs[end] != '"' && cs[end] != '\'')
        || !PREFIXES.contains(Scan.text(cs, start, end).toLowerCase(java.util.Locale.ROOT))) {
      return -1;
    }
    String prefix = Scan.text(cs, start, end).toLowerCase(java.util.Locale.ROOT);
    char q = cs[end];
    boolean triple = Scan.startsWith(cs, end, "" + q + q + q);
    String close = triple ? "" + q + q + q : String.valueOf(q);
    int stop = Scan.closing(cs, end + close.length(), close, !prefix.contains("r"), triple);
    if (prefix.contains("f")) {
      Scan.interpolated(cs, start, stop, false, "s", out);
    } else {
      out.add(stop, "s");
    }
    return stop;
  }
}
