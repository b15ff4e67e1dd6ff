package dev.tinta.highlight;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TOML: table headers ({@code [server]}, {@code [[items]]}) {@code k}, keys {@code nt}, strings of
 * the four kinds (multi-line ones over several lines) {@code s}, numbers, booleans, dates and
 * comments. RSyntaxTextArea has no token maker for it.
 */
final class TomlLexer implements Lexer {
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2})?)?"
              + "|\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?");
  private static final Pattern NUMBER =
      Pattern.compile(
          "[+-]?(?:0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|inf|nan"
              + "|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d[\\d_]*)?)");

  private char[] cs;
  private Tokens.Builder out;

  @Override
  public void lex(Tokens.Builder builder) {
    out = builder;
    cs = builder.code().toCharArray();
    // at a line's start (after spaces) a key or a table header may come; after "=", a value
    boolean lineStart = true;
    int depth = 0; // open arrays and inline tables: a value continues over lines inside them
    int i = 0;
    while (i < cs.length) {
      char c = cs[i];
      if (c == '\n') {
        out.add(i + 1, null);
        i++;
        lineStart = depth == 0;
      } else if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (c == '#') {
        int end = Scan.lineEnd(cs, i);
        out.add(i, null).add(end, "c1");
        i = end;
      } else if (lineStart && c == '[') {
        int end = Scan.lineEnd(cs, i);
        int close = i;
        while (close < end && cs[close] != '#') {
          close++;
        }
        while (close > i && (cs[close - 1] == ' ' || cs[close - 1] == '\t')) {
          close--;
        }
        out.add(i, null).add(close, "k");
        i = close;
        lineStart = false;
      } else if (c == '"' || c == '\'') {
        boolean multi = Scan.startsWith(cs, i, "" + c + c + c);
        String close = multi ? "" + c + c + c : String.valueOf(c);
        int end = Scan.closing(cs, i + close.length(), close, c == '"', multi);
        while (multi && end < cs.length && cs[end] == c) {
          end++;
        }
        boolean key = isFollowedByEquals(end);
        out.add(i, null).add(end, key ? "nt" : "s");
        i = end;
      } else if (c == '[' || c == '{') {
        depth++;
        i++;
        lineStart = false;
      } else if (c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
        i++;
      } else if (c == '=' || c == ',' || c == '.') {
        i++;
        lineStart = c == ',' && insideTable(i);
      } else {
        int end = i;
        while (end < cs.length && " \t\r\n,=[]{}#".indexOf(cs[end]) < 0) {
          end++;
        }
        String word = Scan.text(cs, i, end);
        String cls;
        if (isFollowedByEquals(end)) {
          cls = "nt";
        } else if (word.equals("true") || word.equals("false")) {
          cls = "kc";
        } else if (DATE.matcher(word).matches() || dateTime(i)) {
          Matcher m = DATE.matcher(new String(cs, i, Math.min(cs.length - i, 40)));
          end = m.lookingAt() ? i + m.end() : end;
          cls = "ld";
        } else if (NUMBER.matcher(word).matches()) {
          cls = word.contains(".") || word.contains("e") || word.contains("E") ? "mf" : "mi";
          if (word.startsWith("0x")) {
            cls = "mh";
          }
        } else {
          cls = null;
        }
        out.add(i, null).add(end, cls);
        i = end;
      }
    }
  }

  /** A date-time with a space between date and time ({@code 1979-05-27 07:32:00}). */
  private boolean dateTime(int i) {
    Matcher m = DATE.matcher(new String(cs, i, Math.min(cs.length - i, 40)));
    return m.lookingAt() && m.end() > 10;
  }

  /** Whether only spaces stand between {@code end} and an {@code =} (or a dotted key's dot). */
  private boolean isFollowedByEquals(int end) {
    int j = end;
    while (j < cs.length && (cs[j] == ' ' || cs[j] == '\t')) {
      j++;
    }
    return j < cs.length && (cs[j] == '=' || cs[j] == '.') && !Scan.startsWith(cs, j, "==");
  }

  /** Whether {@code i} is inside an inline table, where keys follow commas. */
  private boolean insideTable(int i) {
    int depth = 0;
    for (int j = i - 1; j >= 0; j--) {
      char c = cs[j];
      if (c == '}' || c == ']') {
        depth++;
      } else if (c == '{' || c == '[') {
        if (depth == 0) {
          return c == '{';
        }
        depth--;
      }
    }
    return false;
  }
}
