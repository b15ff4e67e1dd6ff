package dev.tinta.feeds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict RFC 8259 JSON parser for tests: objects become {@link LinkedHashMap}s (duplicate names
 * are an error), arrays {@link List}s, numbers {@link BigDecimal}, {@code null} {@link #NULL}.
 * Anything else, trailing text included, fails with the offset.
 */
public final class JsonValue {
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "null";
        }
      };

  private final String s;
  private int i;

  private JsonValue(String s) {
    this.s = s;
  }

  public static Object parse(String text) {
    JsonValue p = new JsonValue(text);
    p.space();
    Object v = p.value();
    p.space();
    if (p.i != text.length()) {
      throw p.error("trailing text");
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object v) {
    return (Map<String, Object>) v;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(Object v) {
    return (List<Object>) v;
  }

  private Object value() {
    if (i >= s.length()) {
      throw error("value expected");
    }
    char c = s.charAt(i);
    switch (c) {
      case '{':
        return obj();
      case '[':
        return arr();
      case '"':
        return str();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", NULL);
      default:
        return number();
    }
  }

  private Map<String, Object> obj() {
    Map<String, Object> out = new LinkedHashMap<>();
    i++;
    space();
    if (peek() == '}') {
      i++;
      return out;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw error("name expected");
      }
      String name = str();
      space();
      expect(':');
      space();
      if (out.put(name, value()) != null) {
        throw error("duplicate name " + name);
      }
      space();
      if (peek() == ',') {
        i++;
      } else {
        expect('}');
        return Collections.unmodifiableMap(out);
      }
    }
  }

  private List<Object> arr() {
    List<Object> out = new ArrayList<>();
    i++;
    space();
    if (peek() == ']') {
      i++;
      return out;
    }
    while (true) {
      space();
      out.add(value());
      space();
      if (peek() == ',') {
        i++;
      } else {
        expect(']');
        return Collections.unmodifiableList(out);
      }
    }
  }

  private String str() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (i >= s.length()) {
        throw error("unclosed string");
      }
      char c = s.charAt(i++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> throw error("bad escape \\" + e);
      }
    }
  }

  private Object word(String w, Object v) {
    if (!s.startsWith(w, i)) {
      throw error("unexpected text");
    }
    i += w.length();
    return v;
  }

  private BigDecimal number() {
    int start = i;
    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    String n = s.substring(start, i);
    if (!n.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      throw error("bad number '" + n + "'");
    }
    return new BigDecimal(n);
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(i);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "' expected");
    }
    i++;
  }

  private void space() {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("JSON: " + what + " at offset " + i);
  }
}
