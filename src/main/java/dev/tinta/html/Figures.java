package dev.tinta.html;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a paragraph that holds nothing but an image with a title ({@code ![alt](photo.jpg
 * "Caption")}, perhaps inside a link) into a {@code <figure>} whose {@code <figcaption>} is that
 * title. The title attribute goes: the caption says it, and a tooltip would say it twice. An image
 * within a line of text stays as it is, since a paragraph cannot hold a figure.
 */
final class Figures {
  private Figures() {}

  /**
   * @param all every element of the body
   */
  static void apply(List<Element> all) {
    for (Element img : all) {
      if (!img.nameIs("img") || img.attr("title").isBlank()) {
        continue;
      }
      Element holder = img.parent();
      Node block = img;
      if (holder != null && holder.nameIs("a") && onlyChild(holder, img)) {
        block = holder;
        holder = holder.parent();
      }
      if (holder == null || !holder.nameIs("p") || !onlyChild(holder, block)) {
        continue;
      }
      String caption = img.attr("title").strip();
      img.removeAttr("title");
      holder.tagName("figure");
      holder.appendElement("figcaption").text(caption);
    }
  }

  /** Whether {@code child} is all {@code parent} holds, blank text aside. */
  private static boolean onlyChild(Element parent, Node child) {
    for (Node n : parent.childNodes()) {
      if (n != child && !(n instanceof TextNode t && t.isBlank())) {
        return false;
      }
    }
    return true;
  }
}
