package dev.tinta.highlight;

import java.util.regex.Pattern;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/** Small character scans the fixes and our own lexers share. */
final class Scan {
  private Scan() {}

  /** Numbers: {@code _} separators, 0x/0o/0b prefixes, a type suffix, a leading minus (JSON). */
  private static final Pattern HEX = Pattern.compile("-?0[xX][0-9a-fA-F_]+[a-zA-Z0-9]*");

  private static final Pattern BIN = Pattern.compile("-?0[bB][01_]+[a-zA-Z0-9]*");
  private static final Pattern OCT = Pattern.compile("-?0[oO][0-7_]+[a-zA-Z0-9]*");
  private static final Pattern INT = Pattern.compile("-?[0-9][0-9_]*(?:[a-zA-Z][a-zA-Z0-9]*)?");
  private static final Pattern FLOAT =
      Pattern.compile(
          "-?(?:[0-9][0-9_]*\\.[0-9_]*|\\.[0-9][0-9_]*|[0-9][0-9_]*)(?:[eE][+-]?[0-9_]+)?"
              + "[a-zA-Z0-9]*");

  /** The class of a number literal, or null when {@code text} is not one. */
  /**
   * For a fix's {@link Fix#classOf}: the class of a number the token maker took for a malformed one
   * ({@code 1_000}, {@code 0x1F}, type suffixes), else {@code standard}.
   */
  static String numberClass(char[] cs, int start, int end, int type, String standard) {
    if (type != TokenTypes.ERROR_NUMBER_FORMAT) {
      return standard;
    }
    String n = number(text(cs, start, end));
    return n != null ? n : standard;
  }

  static String number(CharSequence text) {
    if (HEX.matcher(text).matches()) {
      return "mh";
    } else if (BIN.matcher(text).matches()) {
      return "mb";
    } else if (OCT.matcher(text).matches()) {
      return "mo";
    } else if (INT.matcher(text).matches()) {
      return "mi";
    } else if (FLOAT.matcher(text).matches() && text.length() > 0) {
      return "mf";
    }
    return null;
  }

  static boolean identStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  static boolean identPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  /** The end of the line holding {@code i}: the index of its newline, or the length. */
  static int lineEnd(char[] cs, int i) {
    int j = i;
    while (j < cs.length && cs[j] != '\n') {
      j++;
    }
    return j;
  }

  /**
   * The index after the {@code close} text that ends a literal starting its content at {@code
   * from}, or the text's end (or the line's end unless {@code lines}) when it never closes.
   *
   * @param escapes whether a backslash escapes the next character
   */
  static int closing(char[] cs, int from, String close, boolean escapes, boolean lines) {
    int i = from;
    while (i < cs.length) {
      char c = cs[i];
      if (c == '\n' && !lines) {
        return i;
      }
      if (escapes && c == '\\') {
        i += 2;
        continue;
      }
      if (startsWith(cs, i, close)) {
        return i + close.length();
      }
      i++;
    }
    return cs.length;
  }

  static boolean startsWith(char[] cs, int at, String s) {
    if (at < 0 || at + s.length() > cs.length) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (cs[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  static String text(char[] cs, int start, int end) {
    return new String(cs, start, end - start);
  }

  /**
   * Adds a string literal {@code cs[start, end)} as {@code cls} with its interpolations as {@code
   * si}: {@code {expr}} (Python f-strings, where a doubled brace is text) or, with {@code dollar},
   * {@code $name} and {@code ${expr}} (Kotlin, shell).
   */
  static void interpolated(
      char[] cs, int start, int end, boolean dollar, String cls, Tokens.Builder out) {
    int i = start;
    while (i < end) {
      char c = cs[i];
      if (!dollar && (startsWith(cs, i, "{{") || startsWith(cs, i, "}}"))) {
        i += 2;
        continue;
      }
      int open = -1;
      if (dollar && c == '$' && i + 1 < end) {
        if (cs[i + 1] == '{') {
          open = i + 1;
        } else if (identStart(cs[i + 1])) {
          int k = i + 2;
          while (k < end && identPart(cs[k])) {
            k++;
          }
          out.add(i, cls).add(k, "si");
          i = k;
          continue;
        }
      } else if (!dollar && c == '{') {
        open = i;
      }
      if (open >= 0) {
        int close = braceEnd(cs, open, end);
        if (close > 0) {
          out.add(i, cls).add(close, "si");
          i = close;
          continue;
        }
      }
      i++;
    }
    out.add(end, cls);
  }

  /** The index after the brace matching the one at {@code open}, or -1 before {@code end}. */
  static int braceEnd(char[] cs, int open, int end) {
    int depth = 0;
    for (int k = open; k < end; k++) {
      if (cs[k] == '{') {
        depth++;
      } else if (cs[k] == '}' && --depth == 0) {
        return k + 1;
      }
    }
    return -1;
  }
}
