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
 *
 * <p>What it pays (#17: a fast path stays only if it saves 3% of a 10,000-post build): with jsoup's
 * own writer instead, the build took 4.1% more wall time (median of 8 interleaved paired rounds,
 * quartiles 1.01-1.07) and 2.2% more CPU, output on tmpfs, the launcher's JVM flags, 2026-12-02
 * ({@code bench/ab.py}, figures in bench/README.md).
 */
public final class HtmlSerializer {
  private final StringBuilder out;
  private char[] chars = new char[256];

  /** Counts the words of the texts written, or null. */
  private final WordCount.Counter words;

  private HtmlSerializer(int capacity, WordCount.Counter words) {
    out = new StringBuilder(capacity);
    this.words = words;
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
    return write(element, outer, null, outer ? 512 : 1024);
  }

  /**
   * {@link #write(Element, boolean)}, counting the words of the texts it writes into {@code words}
   * as {@link WordCount#of(Element)} would (one walk for both); when it returns null, the count is
   * partial.
   *
   * @param words the counter, or null
   * @param capacity the expected length of the HTML: a good guess saves growing the buffer
   */
  static String write(Element element, boolean outer, WordCount.Counter words, int capacity) {
    if (!supported(element)) {
      return null;
    }
    HtmlSerializer s = new HtmlSerializer(capacity, words);
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
      String text = ((TextNode) node).getWholeText();
      if (!escape(text, false)) {
        return false;
      }
      if (words != null) {
        words.scan(chars, text.length());
      }
      return true;
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
    if (words != null) {
      words.enter(e);
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
    if (words != null) {
      words.leave(e);
    }
    return true;
  }

  private static boolean leadingNewline(Element e) {
    if (!(e.childNode(0) instanceof TextNode text)) {
      return false;
    }
    String s = text.getWholeText();
    if (s.isEmpty() || (s.charAt(0) != '\n' && s.charAt(0) != '\r')) {
      return false;
    }
    String name = e.normalName();
    return name.equals("pre") || name.equals("textarea") || name.equals("listing");
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

  /** Marks an ASCII control character jsoup writes as a numeric reference. */
  private static final String REFERENCE = new String("&#;");

  /** What jsoup writes for each ASCII character of text: null for the character itself. */
  private static final String[] TEXT = escapes(false);

  /** The same for attribute values, where {@code "} is escaped too. */
  private static final String[] ATTRIBUTE = escapes(true);

  private static String[] escapes(boolean attribute) {
    String[] table = new String[128];
    for (char c = 0; c < 0x20; c++) {
      table[c] = c == '\t' || c == '\n' || c == '\r' ? null : REFERENCE;
    }
    table['&'] = "&amp;";
    table['<'] = "&lt;";
    table['>'] = "&gt;";
    if (attribute) {
      table['"'] = "&quot;";
    }
    return table;
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
    String[] table = attribute ? ATTRIBUTE : TEXT;
    int start = 0;
    for (int i = 0; i < length; i++) {
      char c = cs[i];
      String escaped;
      if (c < 0x80) {
        escaped = table[c];
        if (escaped == null) {
          continue;
        } else if (escaped == REFERENCE) {
          return false;
        }
      } else if (c == '\u00a0') {
        escaped = "&nbsp;";
      } else if (Character.isSurrogate(c)) {
        if (!wellFormed(cs, i, length)) {
          return false;
        }
        i++; // the pair is written as it is
        continue;
      } else {
        continue;
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
