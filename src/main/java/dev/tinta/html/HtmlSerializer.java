package dev.tinta.html;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes a jsoup tree byte for byte as jsoup's own {@link Element#html()} and {@link
 * Element#outerHtml()} do with pretty-printing off (HTML syntax, base entities, UTF-8), in one pass
 * over plain char arrays. jsoup's printer goes through an {@code Appendable} one code point at a
 * time, which is most of its cost while the JIT runs at its first tier, as a build does (bench/: a
 * 6.7 kB post body in 31 µs against 84 µs).
 *
 * <p>It covers what Markdown makes: HTML elements, attributes, text and comments. Anything else
 * (other output settings, SVG or MathML elements, script and style data, control characters and
 * lone surrogates that jsoup writes as character references, attribute names jsoup would rewrite)
 * is handed to jsoup itself, so the result is always what jsoup writes. {@code HtmlSerializerTest}
 * holds it to that against jsoup over the example sites and hostile input.
 */
public final class HtmlSerializer {
  private final StringBuilder out;
  private char[] chars = new char[256];

  private HtmlSerializer(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** The HTML of {@code element}'s children, as {@link Element#html()} writes it. */
  public static String html(Element element) {
    String fast = write(element, false);
    return fast != null ? fast : element.html();
  }

  /** The HTML of {@code element} and its children, as {@link Element#outerHtml()} writes it. */
  public static String outerHtml(Element element) {
    String fast = write(element, true);
    return fast != null ? fast : element.outerHtml();
  }

  /** This class's writing of {@code element}, or null where it leaves the tree to jsoup. */
  static String write(Element element, boolean outer) {
    if (!supported(element)) {
      return null;
    }
    HtmlSerializer s = new HtmlSerializer(outer ? 512 : 1024);
    boolean done = outer ? s.element(element) : s.children(element);
    return done ? s.out.toString() : null;
  }

  /** Only a tree in a document with the settings this class writes; a detached one uses jsoup's. */
  private static boolean supported(Element element) {
    Document owner = element.ownerDocument();
    if (owner == null) {
      return false;
    }
    OutputSettings settings = owner.outputSettings();
    return !settings.prettyPrint()
        && !settings.outline()
        && settings.syntax() == OutputSettings.Syntax.html
        && settings.escapeMode() == Entities.EscapeMode.base
        && settings.charset().equals(StandardCharsets.UTF_8);
  }

  private boolean children(Element element) {
    for (int i = 0, n = element.childNodeSize(); i < n; i++) {
      if (!node(element.childNode(i))) {
        return false;
      }
    }
    return true;
  }

  private boolean node(Node node) {
    // exact classes: CDataNode is a TextNode that jsoup writes unescaped
    Class<?> type = node.getClass();
    if (type == TextNode.class) {
      return escape(((TextNode) node).getWholeText(), false);
    } else if (type == Element.class) {
      return element((Element) node);
    } else if (type == Comment.class) {
      out.append("<!--").append(((Comment) node).getData()).append("-->");
      return true;
    }
    return false;
  }

  private boolean element(Element e) {
    if (!Parser.NamespaceHtml.equals(e.tag().namespace())) {
      return false;
    }
    String name = e.tagName();
    out.append('<').append(name);
    if (e.attributesSize() > 0) {
      for (Attribute a : e.attributes()) {
        if (!attribute(a)) {
          return false;
        }
      }
    }
    boolean empty = e.childNodeSize() == 0;
    if (e.tag().isEmpty()) {
      // a void element (br, img): jsoup's parser never gives one children
      out.append('>');
      return empty;
    }
    out.append('>');
    if (!empty && leadingNewline(e)) {
      // the parser drops a newline right after <pre>; jsoup writes one back so it survives
      out.append('\n');
    }
    if (!empty && !children(e)) {
      return false;
    }
    out.append("</").append(name).append('>');
    return true;
  }

  private static boolean leadingNewline(Element e) {
    String name = e.normalName();
    if (!(name.equals("pre") || name.equals("textarea") || name.equals("listing"))
        || !(e.childNode(0) instanceof TextNode text)) {
      return false;
    }
    String s = text.getWholeText();
    return !s.isEmpty() && (s.charAt(0) == '\n' || s.charAt(0) == '\r');
  }

  private boolean attribute(Attribute a) {
    String key = a.getKey();
    if (!plainName(key)) {
      return false;
    }
    out.append(' ').append(key);
    if (!a.hasDeclaredValue()) {
      return true;
    }
    String value = a.getValue();
    if ((value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key)) {
      return true; // checked="" is written checked
    }
    out.append("=\"");
    if (!escape(value, true)) {
      return false;
    }
    out.append('"');
    return true;
  }

  /** Names jsoup writes as they are: ASCII letters first, then letters, digits, - _ : . */
  private static boolean plainName(String name) {
    int n = name.length();
    if (n == 0 || !(name.charAt(0) >= 'a' && name.charAt(0) <= 'z')) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '_'
          || c == ':'
          || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends {@code text} with jsoup's escapes: {@code & < >} and no-break space always, {@code "}
   * in attribute values only. False for a character jsoup writes as a numeric reference.
   */
  private boolean escape(String text, boolean attribute) {
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    char[] cs = chars;
    text.getChars(0, length, cs, 0);
    int start = 0;
    for (int i = 0; i < length; i++) {
      char c = cs[i];
      if (c >= '?' && c < 0x7f) {
        continue; // letters and most punctuation: the common case first
      }
      String escaped;
      switch (c) {
        case '&' -> escaped = "&amp;";
        case '<' -> escaped = "&lt;";
        case '>' -> escaped = "&gt;";
        case '\u00a0' -> escaped = "&nbsp;";
        case '"' -> {
          if (!attribute) {
            continue;
          }
          escaped = "&quot;";
        }
        default -> {
          if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : !wellFormed(cs, i, length)) {
            return false;
          }
          if (Character.isHighSurrogate(c)) {
            i++; // the pair is written as it is
          }
          continue;
        }
      }
      out.append(cs, start, i - start).append(escaped);
      start = i + 1;
    }
    out.append(cs, start, length - start);
    return true;
  }

  /** Whether {@code cs[i]} is not a surrogate, or starts a complete surrogate pair. */
  private static boolean wellFormed(char[] cs, int i, int length) {
    char c = cs[i];
    if (!Character.isSurrogate(c)) {
      return true;
    }
    return Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(cs[i + 1]);
  }
}
