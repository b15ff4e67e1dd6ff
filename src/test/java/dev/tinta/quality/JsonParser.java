package dev.tinta.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict recursive-descent JSON parser (RFC 8259): no comments, no trailing commas, no leading
 * zeros, no raw control characters in strings, no lone surrogates, no duplicate member names, no
 * text after the value. Nesting is capped, so hostile input cannot exhaust the stack.
 */
final class JsonParser {
  static final int MAX_DEPTH = 256;

  /** A syntax error at a 1-based line and column. */
  static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    SyntaxError(int line, int column, String message) {
      super(line + ":" + column + ": " + message);
      this.line = line;
      this.column = column;
    }

    String reason() {
      return getMessage().substring(getMessage().indexOf(": ") + 2);
    }
  }

  private final String text;
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonParser(String text) {
    this.text = text;
  }

  /** Parses one JSON text. */
  static Json parse(String text) {
    JsonParser p = new JsonParser(text);
    if (p.peek() == '\uFEFF') {
      throw p.error("byte order mark before the JSON text (RFC 8259 §8.1)");
    }
    p.skipSpace();
    Json value = p.value(0);
    p.skipSpace();
    if (p.pos < text.length()) {
      throw p.error("unexpected text after the JSON value");
    }
    return value;
  }

  private Json value(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH);
    }
    int l = line;
    int c = column();
    char ch = peek();
    switch (ch) {
      case '{':
        return object(depth, l, c);
      case '[':
        return array(depth, l, c);
      case '"':
        return new Json.Str(string(), l, c);
      case 't':
        literal("true");
        return new Json.Bool(true, l, c);
      case 'f':
        literal("false");
        return new Json.Bool(false, l, c);
      case 'n':
        literal("null");
        return new Json.Null(l, c);
      default:
        if (ch == '-' || (ch >= '0' && ch <= '9')) {
          return new Json.Num(number(), l, c);
        }
        throw error(
            pos >= text.length()
                ? "unexpected end of text"
                : "unexpected character " + describe(ch));
    }
  }

  private Json object(int depth, int l, int c) {
    pos++;
    Map<String, Json> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new Json.Obj(members, l, c);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int nameLine = line;
      int nameColumn = column();
      String name = string();
      skipSpace();
      expect(':');
      skipSpace();
      Json v = value(depth + 1);
      if (members.putIfAbsent(name, v) != null) {
        throw new SyntaxError(nameLine, nameColumn, "duplicate member name \"" + name + "\"");
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect('}');
      return new Json.Obj(members, l, c);
    }
  }

  private Json array(int depth, int l, int c) {
    pos++;
    List<Json> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new Json.Arr(items, l, c);
    }
    while (true) {
      skipSpace();
      items.add(value(depth + 1));
      skipSpace();
      if (peek() == ',') {
        pos++;
        continue;
      }
      expect(']');
      return new Json.Arr(items, l, c);
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char ch = text.charAt(pos);
      if (ch == '"') {
        pos++;
        return out.toString();
      }
      if (ch < 0x20) {
        throw error("raw control character " + describe(ch) + " in a string (escape it)");
      }
      if (Character.isSurrogate(ch)) {
        if (Character.isHighSurrogate(ch)
            && pos + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(pos + 1))) {
          out.append(ch).append(text.charAt(pos + 1));
          pos += 2;
          continue;
        }
        throw error("lone surrogate in a string");
      }
      if (ch != '\\') {
        out.append(ch);
        pos++;
        continue;
      }
      pos++;
      char esc = pos < text.length() ? text.charAt(pos) : '\0';
      pos++;
      switch (esc) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> {
          pos -= 2; // point at the backslash
          throw error("invalid escape \\" + (esc == '\0' ? "" : String.valueOf(esc)));
        }
      }
    }
  }

  private char[] unicodeEscape() {
    char first = hex4();
    if (Character.isHighSurrogate(first)) {
      if (text.startsWith("\\u", pos)) {
        pos += 2;
        char second = hex4();
        if (Character.isLowSurrogate(second)) {
          return new char[] {first, second};
        }
      }
      throw error("\\u escape of a lone high surrogate");
    }
    if (Character.isLowSurrogate(first)) {
      throw error("\\u escape of a lone low surrogate");
    }
    return new char[] {first};
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      throw error("incomplete \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = "0123456789abcdef".indexOf(Character.toLowerCase(text.charAt(pos + i)));
      if (d < 0) {
        throw error("incomplete \\u escape");
      }
      v = v * 16 + d;
    }
    pos += 4;
    return (char) v;
  }

  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zero in a number");
      }
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("a number needs a digit after '-'");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("a number needs a digit after '.'");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("a number needs a digit in its exponent");
      }
      digits();
    }
    return new BigDecimal(text.substring(start, pos));
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected character " + describe(peek()));
    }
    pos += word.length();
  }

  private void expect(char ch) {
    if (peek() != ch) {
      throw error(
          pos >= text.length()
              ? "unexpected end of text, expected '" + ch + "'"
              : "expected '" + ch + "' but found " + describe(peek()));
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char ch = text.charAt(pos);
      if (ch == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (ch != ' ' && ch != '\t' && ch != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private int column() {
    return pos - lineStart + 1;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private static String describe(char ch) {
    return ch >= 0x20 && ch < 0x7f ? "'" + ch + "'" : String.format("U+%04X", (int) ch);
  }

  private SyntaxError error(String message) {
    return new SyntaxError(line, column(), message);
  }
}
