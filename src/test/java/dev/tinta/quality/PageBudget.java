package dev.tinta.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Gate 5, the page budget: a post page's HTML is at most {@value #POST_HTML_BYTES} bytes, the
 * site's CSS at most {@value #CSS_BYTES} bytes in all, no page needs a script to be read (no {@code
 * <script>} but {@code application/ld+json} data and the site's own deferred scripts, such as the
 * comment form's and the search page's, each at most {@value #OWN_SCRIPT_BYTES} bytes, which the
 * page can do without), the site's scripts at most {@value #SCRIPT_BYTES} bytes in all, and no page
 * loads anything from another host (stylesheet, script, image, media, frame, object, icon or
 * preload).
 *
 * <p>Images count apart from the HTML, as a phone loads them ({@value #PHONE_PIXELS} device pixels
 * wide: a 390 CSS px screen at twice the density): the smallest {@code srcset} file at least that
 * wide, else the widest, else the {@code src}. Each is at most {@value #PHONE_IMAGE_BYTES} bytes, a
 * page's together at most {@value #PHONE_PAGE_IMAGE_BYTES}, and every image of the site's own has
 * {@code width} and {@code height}, so the page does not shift while it loads.
 */
final class PageBudget {
  static final int POST_HTML_BYTES = 50 * 1024;
  static final int CSS_BYTES = 20 * 1024;
  static final int PHONE_PIXELS = 780;
  static final int PHONE_IMAGE_BYTES = 200 * 1024;
  static final int PHONE_PAGE_IMAGE_BYTES = 500 * 1024;

  /** The site's scripts in all: the comment form's (#12) and the search page's (#15). */
  static final int SCRIPT_BYTES = 24 * 1024;

  /**
   * An optional script of the site's own, deferred so it never holds up the page, may be at most
   * this big; the page must work without it.
   */
  static final int OWN_SCRIPT_BYTES = 16 * 1024;

  /** Post pages live at their permalink /:year/:month/:slug/. */
  private static final Pattern POST_PAGE = Pattern.compile("\\d{4}/\\d{2}/[^/]+/index\\.html");

  /** Elements whose URL the browser fetches while loading the page, with that attribute. */
  private static final String FETCHED =
      "link[href], script[src], img[src], img[srcset], "
          + "source[src], source[srcset], iframe[src], frame[src], embed[src], object[data], "
          + "audio[src], video[src], video[poster], track[src], input[type=image][src]";

  private static final Pattern CSS_URL =
      Pattern.compile("(?:url\\(\\s*|@import\\s+)['\"]?([^'\")\\s]+)");

  /** {@code <link rel>} values that fetch nothing (navigation and metadata). */
  private static final List<String> NOT_FETCHED_RELS =
      List.of(
          "canonical",
          "alternate",
          "author",
          "license",
          "me",
          "next",
          "prev",
          "help",
          "search",
          "bookmark",
          "tag");

  private PageBudget() {}

  static List<Finding> check(BuiltSite site) {
    List<Finding> out = new ArrayList<>();
    long css = 0;
    for (String f : site.files("css")) {
      css += size(site, f);
      out.addAll(stylesheet(site, f));
    }
    if (css > CSS_BYTES) {
      out.add(
          Finding.error(
              "*.css",
              0,
              0,
              String.format(
                  Locale.ROOT,
                  "the site's CSS is %,d bytes, over the budget of %,d",
                  css,
                  CSS_BYTES)));
    }
    long scripts = 0;
    for (String f : site.files("js", "mjs")) {
      scripts += size(site, f);
    }
    if (scripts > SCRIPT_BYTES) {
      out.add(
          Finding.error(
              "*.js",
              0,
              0,
              String.format(
                  Locale.ROOT,
                  "the site's scripts are %,d bytes, over the budget of %,d",
                  scripts,
                  SCRIPT_BYTES)));
    }
    for (String page : site.pages()) {
      out.addAll(page(site, page));
    }
    return out;
  }

  static List<Finding> page(BuiltSite site, String page) {
    List<Finding> out = new ArrayList<>();
    long bytes = size(site, page);
    if (POST_PAGE.matcher(page).matches() && bytes > POST_HTML_BYTES) {
      out.add(
          Finding.error(
              page,
              0,
              0,
              String.format(
                  Locale.ROOT,
                  "a post page of %,d bytes, over the budget of %,d",
                  bytes,
                  POST_HTML_BYTES)));
    }
    Document doc = parse(site, page);
    for (Element script : doc.select("script")) {
      if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")
          && !ownDeferredScript(site, script)) {
        out.add(
            at(
                page,
                script,
                "a <script>"
                    + (script.hasAttr("src") ? " src=\"" + script.attr("src") + "\"" : "")
                    + ": pages must be readable without scripts "
                    + "(only application/ld+json data is allowed)"));
      }
    }
    for (Element e : doc.select(FETCHED)) {
      if (e.nameIs("link") && !fetches(e)) {
        continue;
      }
      for (String attribute : List.of("href", "src", "srcset", "poster", "data")) {
        if (e.hasAttr(attribute) && offSite(e.attr(attribute), site)) {
          out.add(
              at(
                  page,
                  e,
                  "<"
                      + e.normalName()
                      + " "
                      + attribute
                      + "=\""
                      + e.attr(attribute)
                      + "\"> loads from another host"));
        }
      }
    }
    out.addAll(images(site, page, doc));
    for (Element e : doc.select("[style], style")) {
      var m = CSS_URL.matcher(e.nameIs("style") ? e.data() : e.attr("style"));
      while (m.find()) {
        if (offSite(m.group(1), site)) {
          out.add(at(page, e, "CSS url \"" + m.group(1) + "\" loads from another host"));
        }
      }
    }
    return out;
  }

  /** The site's own images on a page: sized, and light enough for a phone. */
  static List<Finding> images(BuiltSite site, String page, Document doc) {
    List<Finding> out = new ArrayList<>();
    long total = 0;
    for (Element img : doc.select("img[src]")) {
      Optional<Path> src = localFile(site, page, img.attr("src"));
      if (src.isEmpty()) {
        continue;
      }
      if (!img.hasAttr("width") || !img.hasAttr("height")) {
        out.add(
            at(
                page,
                img,
                "<img src=\""
                    + img.attr("src")
                    + "\"> has no width and height: the page shifts when it loads"));
      }
      Path loaded = phoneChoice(site, page, img).orElse(src.get());
      long bytes = size(loaded);
      total += bytes;
      if (bytes > PHONE_IMAGE_BYTES) {
        out.add(
            at(
                page,
                img,
                String.format(
                    Locale.ROOT,
                    "a phone loads %s, %,d bytes, over the budget of %,d for an image",
                    site.relative(loaded),
                    bytes,
                    PHONE_IMAGE_BYTES)));
      }
    }
    if (total > PHONE_PAGE_IMAGE_BYTES) {
      out.add(
          Finding.error(
              page,
              0,
              0,
              String.format(
                  Locale.ROOT,
                  "a phone loads %,d bytes of images, over the budget of %,d for a page",
                  total,
                  PHONE_PAGE_IMAGE_BYTES)));
    }
    return out;
  }

  /** The {@code srcset} file a phone picks: the narrowest at least {@value #PHONE_PIXELS} wide. */
  private static Optional<Path> phoneChoice(BuiltSite site, String page, Element img) {
    Path best = null;
    int bestWidth = 0;
    for (String candidate : img.attr("srcset").split(",")) {
      String[] parts = candidate.strip().split("\\s+");
      if (parts.length != 2 || !parts[1].matches("\\d+w")) {
        continue;
      }
      int w = Integer.parseInt(parts[1].substring(0, parts[1].length() - 1));
      Optional<Path> file = localFile(site, page, parts[0]);
      boolean better =
          best == null
              || (w >= PHONE_PIXELS && (bestWidth < PHONE_PIXELS || w < bestWidth))
              || (bestWidth < PHONE_PIXELS && w > bestWidth);
      if (file.isPresent() && better) {
        best = file.get();
        bestWidth = w;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The site's file for a URL on {@code page}, if the URL is the site's and the file exists. */
  private static Optional<Path> localFile(BuiltSite site, String page, String url) {
    try {
      URI resolved = site.baseUrl().resolve(page).resolve(url.strip());
      if (!site.isOwn(resolved.toString())) {
        return Optional.empty();
      }
      String path = resolved.getPath().substring(site.baseUrl().getPath().length());
      Path file = site.output().resolve(path).normalize();
      return file.startsWith(site.output()) && Files.isRegularFile(file)
          ? Optional.of(file)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A stylesheet may not pull fonts, images or other sheets from another host either. */
  static List<Finding> stylesheet(BuiltSite site, String file) {
    List<Finding> out = new ArrayList<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(site.file(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    for (int i = 0; i < lines.size(); i++) {
      var m = CSS_URL.matcher(lines.get(i));
      while (m.find()) {
        if (offSite(m.group(1), site)) {
          out.add(
              Finding.error(
                  file, i + 1, m.start() + 1, "\"" + m.group(1) + "\" loads from another host"));
        }
      }
    }
    return out;
  }

  /**
   * A script of the site's own, loaded with {@code defer} (or as a module), of at most {@value
   * #OWN_SCRIPT_BYTES} bytes: an enhancement the page is readable without.
   */
  private static boolean ownDeferredScript(BuiltSite site, Element script) {
    String src = script.attr("src");
    boolean deferred = script.hasAttr("defer") || script.attr("type").equalsIgnoreCase("module");
    if (src.isEmpty() || !deferred || !src.startsWith("/") || src.startsWith("//")) {
      return false;
    }
    String basePath = site.baseUrl().getPath();
    String rel = src.startsWith(basePath) ? src.substring(basePath.length()) : src.substring(1);
    java.nio.file.Path file = site.file(rel).normalize();
    try {
      return file.startsWith(site.output())
          && Files.isRegularFile(file)
          && Files.size(file) <= OWN_SCRIPT_BYTES;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean fetches(Element link) {
    for (String rel : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!rel.isEmpty() && !NOT_FETCHED_RELS.contains(rel)) {
        return true; // stylesheet, icon, preload, modulepreload, prefetch, manifest...
      }
    }
    return false;
  }

  /** True when a URL (or any candidate of a srcset) names another host. */
  private static boolean offSite(String value, BuiltSite site) {
    for (String candidate : value.split(",")) {
      String url = candidate.strip().split("\\s+")[0];
      if (url.startsWith("//") || url.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
        boolean local = url.regionMatches(true, 0, "data:", 0, 5) || site.isOwn(url);
        if (!local) {
          return true;
        }
      }
    }
    return false;
  }

  private static Finding at(String page, Element e, String message) {
    Range.Position start = e.sourceRange().start();
    return Finding.error(
        page,
        start.isTracked() ? start.lineNumber() : 0,
        start.isTracked() ? start.columnNumber() : 0,
        message);
  }

  private static Document parse(BuiltSite site, String page) {
    try {
      String html = Files.readString(site.file(page), StandardCharsets.UTF_8);
      return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + page, e);
    }
  }

  private static long size(BuiltSite site, String file) {
    return size(site.file(file));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
