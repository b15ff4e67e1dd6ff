package dev.tinta.html;

import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The teaser of a post: everything before a top-level {@code <!--more-->}, else the first
 * paragraph. The marker itself is removed from the body.
 */
record Excerpt(String html, String text) {

  /**
   * @param all every element of the body, in document order
   */
  static Excerpt of(Element body, List<Element> all) {
    Node more = null;
    for (Node n : body.childNodes()) {
      if (n instanceof Comment c && c.getData().trim().equalsIgnoreCase("more")) {
        more = n;
        break;
      }
    }
    if (more != null) {
      // A detached element prints with jsoup's default pretty-printing, which reflows text and
      // indents blocks; the teaser must keep the body's own bytes, like the first-paragraph case.
      Document holder = new Document("");
      holder.outputSettings().prettyPrint(false);
      Element teaser = holder.appendElement("div");
      for (Node n : body.childNodes()) {
        if (n == more) {
          break;
        }
        teaser.appendChild(n.clone());
      }
      more.remove();
      stripAnchors(teaser);
      return new Excerpt(HtmlSerializer.html(teaser).trim(), teaser.text());
    }
    Element first = null;
    for (Element e : all) {
      if (e.nameIs("p")) {
        first = e;
        break;
      }
    }
    if (first == null) {
      return new Excerpt("", "");
    }
    if (!needsStripping(first)) {
      return new Excerpt(HtmlSerializer.outerHtml(first), first.text());
    }
    Element copy = first.clone();
    stripAnchors(copy);
    return new Excerpt(HtmlSerializer.outerHtml(copy), copy.text());
  }

  private static boolean needsStripping(Element paragraph) {
    for (Element e : paragraph.getAllElements()) {
      if (e.hasAttr("id") || e.hasClass("anchor") || e.nameIs("sup") || e.nameIs("section")) {
        return true;
      }
    }
    return false;
  }

  /** Heading ids and self-links would clash with the full post on a listing page. */
  private static void stripAnchors(Element e) {
    e.select("a.anchor").remove();
    e.select("[id]").removeAttr("id");
    e.select("sup.footnote-ref, section.footnotes").remove();
  }
}
