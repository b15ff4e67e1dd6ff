package dev.tinta.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The teaser of a post: everything before a top-level {@code <!--more-->}, else the first
 * paragraph. The marker itself is removed from the body. The teaser is shown on other pages (the
 * index, tag pages), so a relative link or image in it (a file in the post's folder) is made
 * relative to the site's root, through the post's own path.
 */
record Excerpt(String html, String text) {

  /** The attributes that hold one URL. */
  private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "poster");

  /**
   * @param all every element of the body, in document order
   * @param postPath the post's path on the site ({@code /blog/2010/08/x/}), against which relative
   *     URLs of the teaser are resolved; empty to leave them as they are
   */
  static Excerpt of(Element body, List<Element> all, String postPath) {
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
      resolveRelative(teaser, postPath);
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
    if (!needsStripping(first) && !hasRelative(first, postPath)) {
      return new Excerpt(HtmlSerializer.outerHtml(first), first.text());
    }
    // in a document of its own that prints as the body's does (a detached copy would pretty-print)
    Document holder = new Document("");
    holder.outputSettings().prettyPrint(false);
    Element copy = first.clone();
    holder.appendChild(copy);
    stripAnchors(copy);
    resolveRelative(copy, postPath);
    return new Excerpt(HtmlSerializer.outerHtml(copy), copy.text());
  }

  private static boolean hasRelative(Element e, String postPath) {
    if (postPath.isEmpty()) {
      return false;
    }
    for (Element x : e.getAllElements()) {
      for (String name : URL_ATTRIBUTES) {
        if (x.hasAttr(name) && isRelative(x.attr(name))) {
          return true;
        }
      }
      if (x.hasAttr("srcset") && srcsetHasRelative(x.attr("srcset"))) {
        return true;
      }
    }
    return false;
  }

  private static void resolveRelative(Element e, String postPath) {
    if (postPath.isEmpty()) {
      return;
    }
    URI base = URI.create(postPath);
    for (Element x : e.getAllElements()) {
      for (String name : URL_ATTRIBUTES) {
        if (x.hasAttr(name) && isRelative(x.attr(name))) {
          x.attr(name, resolve(base, x.attr(name)));
        }
      }
      if (x.hasAttr("srcset")) {
        x.attr("srcset", srcset(base, x.attr("srcset")));
      }
    }
  }

  private static boolean srcsetHasRelative(String value) {
    for (String candidate : value.split(",")) {
      String c = candidate.strip();
      int space = c.indexOf(' ');
      if (isRelative(space < 0 ? c : c.substring(0, space))) {
        return true;
      }
    }
    return false;
  }

  /** Each candidate's URL resolved: {@code a.jpg 480w, b.jpg 960w}. */
  private static String srcset(URI base, String value) {
    StringBuilder out = new StringBuilder();
    for (String candidate : value.split(",")) {
      String c = candidate.strip();
      int space = c.indexOf(' ');
      String url = space < 0 ? c : c.substring(0, space);
      String rest = space < 0 ? "" : c.substring(space);
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(isRelative(url) ? resolve(base, url) : url).append(rest);
    }
    return out.toString();
  }

  /** A URL with neither scheme nor leading slash, and not only a fragment or a query. */
  private static boolean isRelative(String url) {
    if (url.isEmpty() || url.startsWith("/") || url.startsWith("#") || url.startsWith("?")) {
      return false;
    }
    int colon = url.indexOf(':');
    int slash = url.indexOf('/');
    return colon < 0 || (slash >= 0 && slash < colon);
  }

  private static String resolve(URI base, String url) {
    try {
      return base.resolve(new URI(url)).toString();
    } catch (URISyntaxException e) {
      return url; // not a URL a browser would resolve either: left as written
    }
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
