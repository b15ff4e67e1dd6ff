package dev.tinta.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * What commonmark's {@code HtmlWriter} does, writing jsoup nodes instead of HTML text: elements
 * opened and closed, and text with the newlines the renderer puts between blocks, adjacent texts
 * joined into one text node as a parse would make them. For {@link MarkdownDom}.
 */
final class DomWriter {
  private final Document doc;
  private Element parent;

  /** Text not yet added to {@link #parent}. */
  private final StringBuilder pending = new StringBuilder();

  /** The last character the HTML renderer would have written: its newlines depend on it. */
  private char last;

  DomWriter() {
    doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    parent = doc.body();
  }

  void text(String text) {
    if (!text.isEmpty()) {
      pending.append(text);
      last = text.charAt(text.length() - 1);
    }
  }

  /** A newline unless the output is empty or already ends in one. */
  void line() {
    if (last != 0 && last != '\n') {
      text("\n");
    }
  }

  /** An element whose content follows, up to {@link #close()}. */
  Element open(String name) {
    Element e = empty(name);
    parent = e;
    return e;
  }

  void close() {
    flush();
    parent = parent.parent();
    last = '>';
  }

  /** A void element such as {@code <br />}. */
  Element empty(String name) {
    flush();
    Element e = doc.createElement(name);
    parent.appendChild(e);
    last = '>';
    return e;
  }

  /** The document, with the last text added. */
  Document finish() {
    flush();
    return doc;
  }

  private void flush() {
    if (pending.length() > 0) {
      parent.appendChild(new TextNode(pending.toString()));
      pending.setLength(0);
    }
  }
}
