package dev.tinta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The image URLs of a post body: {@code <img src>} in its HTML and {@code ![](url)} in Markdown.
 */
final class ImageLinks {
  private static final Pattern MARKDOWN_IMAGE =
      Pattern.compile("!\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  private static final Pattern MARKDOWN_LINK =
      Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  private ImageLinks() {}

  /** Absolute (http, https) image URLs in order of appearance, each once. */
  static List<String> find(String body) {
    return urls(body, "img", "src", MARKDOWN_IMAGE);
  }

  /** Absolute link targets ({@code <a href>}, Markdown links) in order of appearance, each once. */
  static List<String> links(String body) {
    return urls(body, "a", "href", MARKDOWN_LINK);
  }

  /** The absolute URLs of {@code <element attribute>} in the HTML, then of the Markdown form. */
  private static List<String> urls(
      String body, String element, String attribute, Pattern markdown) {
    List<String> out = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(body).select(element + "[" + attribute + "]")) {
      out.add(e.attr(attribute));
    }
    Matcher m = markdown.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return absolute(out);
  }

  private static List<String> absolute(List<String> urls) {
    return urls.stream()
        .filter(u -> u.startsWith("http://") || u.startsWith("https://") || u.startsWith("//"))
        .distinct()
        .toList();
  }
}
