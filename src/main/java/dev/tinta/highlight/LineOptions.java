package dev.tinta.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a fence asks for besides its language, in Hugo's words: {@code ```java {linenos=true
 * hl_lines=[3,"5-7"] linenostart=10}}. {@code hl_lines} also takes Hugo's {@code "3 5-7"}; other
 * keys Hugo knows ({@code style}, {@code anchorlinenos}...) are ignored, as they are about its own
 * rendering.
 *
 * @param numbered whether lines are numbered ({@code linenos=true}, {@code table} or {@code
 *     inline})
 * @param start the first line's number
 * @param marked the numbers (counted from 1, whatever {@code start} is) of the lines to mark
 */
public record LineOptions(boolean numbered, int start, Set<Integer> marked) {
  /** No numbers, no marked lines. */
  public static final LineOptions NONE = new LineOptions(false, 1, Set.of());

  /** Marked lines beyond this are ignored: a range such as 1-999999999 must not fill memory. */
  private static final int MAX_LINE = 100_000;

  public LineOptions {
    marked = java.util.Collections.unmodifiableSet(new TreeSet<>(marked));
  }

  /** Whether the block's lines are wrapped one by one (numbered or some marked). */
  public boolean perLine() {
    return numbered || !marked.isEmpty();
  }

  /** The options and the mistakes found in them. */
  public record Parsed(LineOptions options, List<String> mistakes) {
    public Parsed {
      mistakes = List.copyOf(mistakes);
    }
  }

  /**
   * Reads the text after a fence's language: {@code {key=value key=value}} (commas between pairs
   * work too). Text that is not in braces, as other tools' {@code title="x.py"}, gives {@link
   * #NONE}.
   */
  public static Parsed parse(String text) {
    String t = text.strip();
    List<String> mistakes = new ArrayList<>();
    if (t.isEmpty()) {
      return new Parsed(NONE, mistakes);
    }
    if (!t.startsWith("{") || !t.endsWith("}")) {
      return new Parsed(NONE, mistakes); // other tools' words after the language (title=...)
    }
    boolean numbered = false;
    int start = 1;
    Set<Integer> marked = new TreeSet<>();
    for (String pair : pairs(t.substring(1, t.length() - 1))) {
      int eq = pair.indexOf('=');
      String key = (eq < 0 ? pair : pair.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
      String value = eq < 0 ? "true" : unquote(pair.substring(eq + 1).strip());
      switch (key) {
        case "linenos" -> {
          switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "table", "inline" -> numbered = true;
            case "false" -> numbered = false;
            default -> mistakes.add("linenos must be true, false, table or inline, not " + value);
          }
        }
        case "linenostart" -> {
          try {
            start = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            mistakes.add("linenostart must be a whole number, not " + value);
          }
        }
        case "hl_lines" -> lines(value, marked, mistakes);
        default -> {
          // Hugo's other options are about its own rendering
        }
      }
    }
    return new Parsed(new LineOptions(numbered, start, marked), mistakes);
  }

  /** Splits on spaces and commas outside brackets and quotes. */
  private static List<String> pairs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if ((c == ' ' || c == ',' || c == '\t') && depth == 0) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        continue;
      }
      current.append(c);
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /** {@code [3,"5-7"]}, {@code "3 5-7"} or {@code 3}. */
  private static void lines(String value, Set<Integer> marked, List<String> mistakes) {
    String v = value.strip();
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    for (String part : v.split("[\\s,]+")) {
      String p = unquote(part.strip());
      if (p.isEmpty()) {
        continue;
      }
      try {
        int dash = p.indexOf('-', 1);
        int from = Integer.parseInt(dash < 0 ? p : p.substring(0, dash));
        int to = dash < 0 ? from : Integer.parseInt(p.substring(dash + 1));
        if (from < 1 || to < from) {
          mistakes.add("hl_lines: " + p + " is not a line or a range of lines");
          continue;
        }
        for (int n = from; n <= Math.min(to, MAX_LINE); n++) {
          marked.add(n);
        }
      } catch (NumberFormatException e) {
        mistakes.add("hl_lines: " + p + " is not a line or a range of lines");
      }
    }
  }

  private static String unquote(String s) {
    if (s.length() >= 2
        && (s.charAt(0) == '"' || s.charAt(0) == '\'')
        && s.charAt(s.length() - 1) == s.charAt(0)) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }
}
