package dev.tinta.html;

import org.jsoup.nodes.Element;

/** Lets the browser load images lazily and decode them off the main thread. */
final class ImageAttributes {
  private ImageAttributes() {}

  static void apply(Element body) {
    for (Element img : body.select("img")) {
      if (!img.hasAttr("loading")) {
        img.attr("loading", "lazy");
      }
      if (!img.hasAttr("decoding")) {
        img.attr("decoding", "async");
      }
    }
  }
}
