package dev.tinta.highlight;

import java.util.regex.Pattern;

/**
 * YAML, a line at a time, with what RSyntaxTextArea's token maker does not tell apart: keys ({@code
 * nt}) from values, block scalars ({@code |}, {@code >}: their lines {@code s}, whatever they
 * hold), quoted strings, numbers and constants, anchors, aliases and tags, and comments only where
 * {@code #} starts one (at a line start or after a space).
 */
final class YamlLexer implements Lexer {
  private static final Pattern CONSTANT =
      Pattern.compile("true|false|True|False|TRUE|FALSE|yes|no|null|Null|NULL|~|on|off");
  private static final Pattern INT =
      Pattern.compile("[-+]?(?:0|[1-9][0-9_]*|0x[0-9a-fA-F]+|0o[0-7]+)");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(?:[0-9][0-9_]*)?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|nan|NaN)");

  private char[] cs;
  private Tokens.Builder out;

  /** Lines indented more than this belong to the open block scalar; -1 when none is open. */
  private int blockIndent = -1;

  @Override
  public void lex(Tokens.Builder builder) {
    out = builder;
    cs = builder.code().toCharArray();
    blockIndent = -1;
    int line = 0;
    while (line < cs.length) {
      int end = Scan.lineEnd(cs, line);
      line(line, end);
      out.add(end + 1, null);
      line = end + 1;
    }
  }

  private void line(int start, int end) {
    int i = start;
    while (i < end && cs[i] == ' ') {
      i++;
    }
    int indent = i - start;
    if (blockIndent >= 0) {
      if (i == end || indent > blockIndent) {
        out.add(end, "s");
        return;
      }
      blockIndent = -1;
    }
    if (indent == 0 && (Scan.startsWith(cs, i, "---") || Scan.startsWith(cs, i, "..."))) {
      out.add(i + 3, "nn");
      rest(i + 3, end, indent);
      return;
    }
    if (i < end && cs[i] == '%') {
      out.add(end, "cp");
      return;
    }
    node(i, end, indent);
  }

  /** A node from {@code i}: sequence items, a key, a value. */
  private void node(int from, int end, int parentIndent) {
    int i = from;
    // "- - a": each dash opens an item; the item's content is indented past it
    while (i < end && cs[i] == '-' && (i + 1 == end || cs[i + 1] == ' ')) {
      out.add(i, null).add(i + 1, null);
      parentIndent = i - lineStart(i);
      i++;
      while (i < end && cs[i] == ' ') {
        i++;
      }
    }
    if (i < end && cs[i] == '#') {
      out.add(i, null).add(end, "c1");
      return;
    }
    int colon = keyEnd(i, end);
    if (colon > i) {
      out.add(i, null).add(colon, "nt").add(colon + 1, null);
      parentIndent = i - lineStart(i);
      i = colon + 1;
    }
    value(i, end, parentIndent);
  }

  private int lineStart(int i) {
    int j = i;
    while (j > 0 && cs[j - 1] != '\n') {
      j--;
    }
    return j;
  }

  /** The index of the colon ending a key that starts at {@code i}, or -1. */
  private int keyEnd(int i, int end) {
    if (i >= end) {
      return -1;
    }
    char c = cs[i];
    if (c == '"' || c == '\'') {
      int close = quoted(i, c);
      return close < end && cs[close] == ':' && (close + 1 == end || cs[close + 1] == ' ')
          ? close
          : -1;
    }
    if ("[]{},#&*!|>%@`".indexOf(c) >= 0) {
      return -1;
    }
    for (int j = i; j < end; j++) {
      if (cs[j] == ':' && (j + 1 == end || cs[j + 1] == ' ' || cs[j + 1] == '\t')) {
        return j;
      }
      if (cs[j] == '#' && j > i && cs[j - 1] == ' ') {
        return -1;
      }
    }
    return -1;
  }

  /** A value after a key or dash. */
  private void value(int from, int end, int parentIndent) {
    int i = skipSpaces(from, end);
    // properties: &anchor, *alias, !tag
    while (i < end && (cs[i] == '&' || cs[i] == '*' || cs[i] == '!')) {
      int j = i + 1;
      while (j < end && cs[j] != ' ') {
        j++;
      }
      out.add(i, null).add(j, cs[i] == '&' ? "nl" : cs[i] == '*' ? "nv" : "kt");
      i = skipSpaces(j, end);
    }
    if (i >= end) {
      return;
    }
    char c = cs[i];
    if (c == '#') {
      out.add(i, null).add(end, "c1");
    } else if (c == '|' || c == '>') {
      int j = i + 1;
      while (j < end && cs[j] != ' ' && cs[j] != '#') {
        j++;
      }
      out.add(i, null).add(j, null);
      blockIndent = parentIndent;
      rest(j, end, parentIndent);
    } else if (c == '"' || c == '\'') {
      int close = quoted(i, c);
      out.add(i, null).add(close, "s");
      rest(close, end, parentIndent);
    } else if (c == '[' || c == '{') {
      flow(i, end);
    } else if (c == '-' && i + 1 < end && cs[i + 1] == ' ' || keyEnd(i, end) > i) {
      node(i, end, i - lineStart(i));
    } else {
      int stop = plainEnd(i, end);
      int trimmed = stop;
      while (trimmed > i && cs[trimmed - 1] == ' ') {
        trimmed--;
      }
      out.add(i, null).add(trimmed, scalarClass(Scan.text(cs, i, trimmed)));
      rest(stop, end, parentIndent);
    }
  }

  /** The end of a plain scalar: the line's end or a comment. */
  private int plainEnd(int i, int end) {
    for (int j = i; j < end; j++) {
      if (cs[j] == '#' && j > i && cs[j - 1] == ' ') {
        return j;
      }
    }
    return end;
  }

  /** After a value: spaces and perhaps a comment. */
  private void rest(int i, int end, int parentIndent) {
    int j = skipSpaces(i, end);
    if (j < end && cs[j] == '#') {
      out.add(j, null).add(end, "c1");
    } else {
      out.add(end, null);
    }
  }

  /** A flow collection ({@code [a, b]}, {@code {k: v}}) to the line's end. */
  private void flow(int i, int end) {
    int j = i;
    while (j < end) {
      char c = cs[j];
      if (c == '"' || c == '\'') {
        int close = quoted(j, c);
        out.add(j, null).add(close, "s");
        j = close;
      } else if ("[]{},".indexOf(c) >= 0) {
        out.add(j, null).add(j + 1, null);
        j++;
      } else if (c == ' ' || c == ':') {
        j++;
      } else if (c == '#' && cs[j - 1] == ' ') {
        out.add(j, null).add(end, "c1");
        return;
      } else {
        int k = j;
        while (k < end && "[]{},:#".indexOf(cs[k]) < 0) {
          k++;
        }
        k = Math.max(k, j + 1); // a '#' inside a word
        int trimmed = k;
        while (trimmed > j && cs[trimmed - 1] == ' ') {
          trimmed--;
        }
        boolean key = k < end && cs[k] == ':';
        out.add(j, null).add(trimmed, key ? "nt" : scalarClass(Scan.text(cs, j, trimmed)));
        j = k;
      }
    }
    out.add(end, null);
  }

  /** The index after a quoted scalar starting at {@code i}; {@code ''} is a quote inside '...'. */
  private int quoted(int i, char quote) {
    if (quote == '"') {
      return Scan.closing(cs, i + 1, "\"", true, false);
    }
    int j = i + 1;
    while (j < cs.length && cs[j] != '\n') {
      if (cs[j] == '\'') {
        if (j + 1 < cs.length && cs[j + 1] == '\'') {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return j;
  }

  private static String scalarClass(String text) {
    if (CONSTANT.matcher(text).matches()) {
      return "kc";
    } else if (INT.matcher(text).matches()) {
      return "mi";
    } else if (FLOAT.matcher(text).matches()) {
      return "mf";
    }
    return null;
  }

  private int skipSpaces(int i, int end) {
    int j = i;
    while (j < end && (cs[j] == ' ' || cs[j] == '\t')) {
      j++;
    }
    return j;
  }
}
