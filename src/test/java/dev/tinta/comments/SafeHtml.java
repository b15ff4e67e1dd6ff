package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Structural safety checks on HTML, made by parsing it with jsoup as a browser would. */
public final class SafeHtml {
  /** Elements that run script, load content or change the page; none may appear. */
  static final String FORBIDDEN =
      "script, iframe, frame, frameset, object, embed, applet, form, input, button, isindex,"
          + " textarea, select, style, link, meta, base, svg, math, img, image, video, audio,"
          + " source, bgsound";

  /** Attributes whose value a browser treats as a URL. */
  public static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "data",
          "background",
          "poster",
          "srcset",
          "cite",
          "codebase",
          "dynsrc",
          "lowsrc",
          "longdesc");

  /** What a sanitized comment body may hold: element → attributes. */
  static final Map<String, Set<String>> BODY_ALLOWED =
      Map.ofEntries(
          Map.entry("p", Set.of()),
          Map.entry("br", Set.of()),
          Map.entry("em", Set.of()),
          Map.entry("strong", Set.of()),
          Map.entry("code", Set.of()),
          Map.entry("pre", Set.of()),
          Map.entry("blockquote", Set.of()),
          Map.entry("ul", Set.of()),
          Map.entry("ol", Set.of("start")),
          Map.entry("li", Set.of()),
          Map.entry("del", Set.of()),
          Map.entry("a", Set.of("href", "rel")));

  private SafeHtml() {}

  /** Parses a whole page and checks it. */
  public static Document assertSafePage(String html) {
    Document doc = Jsoup.parse(html);
    assertSafe(doc);
    return doc;
  }

  /** No forbidden element, no event handler, no script-capable URL anywhere in {@code doc}. */
  public static void assertSafe(Document doc) {
    assertThat(doc.select(FORBIDDEN)).as("forbidden elements in %s", doc.html()).isEmpty();
    for (Element el : doc.getAllElements()) {
      for (Attribute a : el.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        assertThat(key)
            .as("attribute of <%s> in %s", el.tagName(), doc.html())
            .doesNotStartWith("on")
            .isNotIn("style", "srcdoc");
        if (URL_ATTRIBUTES.contains(key)) {
          assertThat(squeezed(a.getValue()))
              .as("%s=%s", key, a.getValue())
              .doesNotStartWith("javascript:")
              .doesNotStartWith("vbscript:")
              .doesNotStartWith("data:");
        }
      }
    }
  }

  /**
   * A sanitized body: only allow-listed elements and attributes, links only http(s)/mailto, and
   * every link marked {@code rel="nofollow ugc noopener"}.
   */
  public static void assertSafeBody(String bodyHtml) {
    Document doc = Jsoup.parseBodyFragment(bodyHtml);
    assertSafe(doc);
    for (Element el : doc.body().getAllElements()) {
      if (el == doc.body()) {
        continue;
      }
      assertThat(BODY_ALLOWED).as("element in %s", bodyHtml).containsKey(el.tagName());
      for (Attribute a : el.attributes()) {
        assertThat(BODY_ALLOWED.get(el.tagName()))
            .as("attribute in %s", bodyHtml)
            .contains(a.getKey());
      }
      if (el.tagName().equals("a")) {
        assertThat(el.attr("rel")).isEqualTo("nofollow ugc noopener");
        if (el.hasAttr("href")) {
          assertThat(squeezed(el.attr("href"))).matches("(https?|mailto):.*");
        }
      }
    }
  }

  /** Trimmed, lower-cased, with whitespace and control characters removed. */
  public static String squeezed(String value) {
    StringBuilder out = new StringBuilder();
    value
        .strip()
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isISOControl(c))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
