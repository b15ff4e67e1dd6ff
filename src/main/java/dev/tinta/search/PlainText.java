package dev.tinta.search;

import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The text of a post body's HTML, for the index: tags dropped (a space where a tag breaks words,
 * nothing inside inline markup such as {@code <em>}), {@code script}, {@code style} and comments
 * left out, character references decoded. Made for the well-formed HTML tinta's own HTML stage
 * writes; a scan rather than a parse, since it runs on every post of the site.
 */
final class PlainText {
  /** Elements that do not break a word: {@code net<em>work</em>} is one word. */
  private static final Set<String> INLINE =
      Set.of(
          "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins",
          "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u",
          "var");

  private PlainText() {}

  static String of(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int n = html.length();
    int text = 0;
    int i = 0;
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        i++;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        appendText(html, text, i, out);
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        text = i;
        continue;
      }
      int nameStart = i + 1 + (i + 1 < n && html.charAt(i + 1) == '/' ? 1 : 0);
      int nameEnd = nameStart;
      while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
        nameEnd++;
      }
      if (nameEnd == nameStart) {
        // a '<' that opens no tag is text
        i++;
        continue;
      }
      appendText(html, text, i, out);
      String name = html.substring(nameStart, nameEnd).toLowerCase(java.util.Locale.ROOT);
      int end = tagEnd(html, nameEnd);
      if (!INLINE.contains(name)) {
        out.append(' ');
      }
      boolean closing = nameStart == i + 2;
      if (!closing && (name.equals("script") || name.equals("style"))) {
        int close = closingTag(html, name, end);
        end = close < 0 ? n : tagEnd(html, close + 2);
      }
      i = end;
      text = i;
    }
    appendText(html, text, n, out);
    return out.toString();
  }

  /** Where {@code </name} starts, in any case, from {@code from}; -1 when nowhere. */
  private static int closingTag(String html, String name, int from) {
    for (int i = html.indexOf("</", from); i >= 0; i = html.indexOf("</", i + 2)) {
      if (html.regionMatches(true, i + 2, name, 0, name.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }

  /** The index after the '>' that ends a tag, skipping quoted attribute values. */
  private static int tagEnd(String html, int from) {
    char quote = 0;
    for (int i = from; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i + 1;
      }
    }
    return html.length();
  }

  private static void appendText(String html, int from, int to, StringBuilder out) {
    if (from >= to) {
      return;
    }
    int amp = html.indexOf('&', from);
    if (amp < 0 || amp >= to) {
      out.append(html, from, to);
    } else {
      out.append(Parser.unescapeEntities(html.substring(from, to), false));
    }
  }
}
