package dev.tinta.html;

import java.util.List;
import org.jsoup.nodes.Element;

/** Lets the browser load images lazily and decode them off the main thread. */
final class ImageAttributes {
  private ImageAttributes() {}

  /**
   * @param all every element of the body
   */
  static void apply(List<Element> all) {
    for (Element img : all) {
      if (!img.nameIs("img")) {
        continue;
      }
      if (!img.hasAttr("loading")) {
        img.attr("loading", "lazy");
      }
      if (!img.hasAttr("decoding")) {
        img.attr("decoding", "async");
      }
    }
  }
}
