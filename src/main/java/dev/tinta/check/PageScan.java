package dev.tinta.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * What the link checker needs from one HTML page: the ids a {@code #fragment} may name, the URLs it
 * refers to with their positions, its {@code <base href>}, and where a {@code <meta
 * http-equiv="refresh">} sends the reader (the redirect pages of aliases).
 */
record PageScan(
    Set<String> ids,
    List<Reference> references,
    Optional<String> baseHref,
    Optional<String> redirect) {

  /** Attributes holding one URL, per element (the set link-check.mjs of the shared checks uses). */
  private static final Map<String, List<String>> URL_ATTRIBUTES =
      Map.ofEntries(
          Map.entry("a", List.of("href")),
          Map.entry("area", List.of("href")),
          Map.entry("link", List.of("href")),
          Map.entry("img", List.of("src", "srcset")),
          Map.entry("source", List.of("src", "srcset")),
          Map.entry("script", List.of("src")),
          Map.entry("iframe", List.of("src")),
          Map.entry("embed", List.of("src")),
          Map.entry("audio", List.of("src")),
          Map.entry("video", List.of("src", "poster")),
          Map.entry("track", List.of("src")),
          Map.entry("object", List.of("data")),
          Map.entry("input", List.of("src")));

  /** {@code <link rel>} values a browser never fetches; their URLs need not resolve. */
  private static final Set<String> UNFETCHED_RELS =
      Set.of("preconnect", "dns-prefetch", "pingback", "webmention", "me");

  PageScan {
    ids = Set.copyOf(ids);
    references = List.copyOf(references);
  }

  /** Parses a page with the HTML standard's tree builder, tracking source positions. */
  static PageScan of(String html) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    Set<String> ids = new HashSet<>();
    List<Reference> refs = new ArrayList<>();
    String base = null;
    String redirect = null;
    for (Element e : doc.getAllElements()) {
      if (e.nameIs("meta") && e.attr("http-equiv").equalsIgnoreCase("refresh")) {
        Optional<String> url = refreshUrl(e.attr("content"));
        if (url.isPresent() && redirect == null) {
          redirect = url.get();
          Range.Position at = e.attributes().sourceRange("content").nameRange().start();
          refs.add(
              new Reference(
                  url.get(),
                  "meta",
                  "content",
                  at.isTracked() ? at.lineNumber() : 0,
                  at.isTracked() ? at.columnNumber() : 0));
        }
      }
      if (e.hasAttr("id") && !e.attr("id").isEmpty()) {
        ids.add(e.attr("id"));
      }
      if (e.nameIs("a") && !e.attr("name").isEmpty()) {
        ids.add(e.attr("name"));
      }
      if (e.nameIs("base") && e.hasAttr("href") && base == null) {
        base = e.attr("href");
      }
      if (fetched(e)) {
        for (String attribute : URL_ATTRIBUTES.getOrDefault(e.normalName(), List.of())) {
          if (e.hasAttr(attribute)) {
            addReferences(e, attribute, refs);
          }
        }
      }
    }
    return new PageScan(ids, refs, Optional.ofNullable(base), Optional.ofNullable(redirect));
  }

  /** The URL of a refresh's content, {@code 0; url=/x/} (HTML §4.2.5.3), if it names one. */
  static Optional<String> refreshUrl(String content) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "^\\s*[0-9.]*\\s*[;,]\\s*(?:url\\s*=\\s*)?(['\"]?)(.*?)\\1\\s*$",
                java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL)
            .matcher(content);
    return m.matches() && !m.group(2).isEmpty() ? Optional.of(m.group(2)) : Optional.empty();
  }

  private static boolean fetched(Element e) {
    if (e.parents().stream().anyMatch(p -> p.nameIs("template"))) {
      return false; // <template> content is inert until a script clones it
    }
    if (e.nameIs("input")) {
      return e.attr("type").equalsIgnoreCase("image");
    }
    if (e.nameIs("link")) {
      for (String rel : e.attr("rel").toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
        if (UNFETCHED_RELS.contains(rel)) {
          return false;
        }
      }
    }
    return true;
  }

  private static void addReferences(Element e, String attribute, List<Reference> refs) {
    Range.Position at = e.attributes().sourceRange(attribute).nameRange().start();
    int line = at.isTracked() ? at.lineNumber() : 0;
    int column = at.isTracked() ? at.columnNumber() : 0;
    String value = e.attr(attribute);
    List<String> urls = attribute.equals("srcset") ? Srcset.urls(value) : List.of(value.strip());
    for (String url : urls) {
      refs.add(new Reference(url, e.normalName(), attribute, line, column));
    }
  }
}
