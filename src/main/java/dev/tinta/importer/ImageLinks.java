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
    List<String> out = new ArrayList<>();
    for (Element img : Jsoup.parseBodyFragment(body).select("img[src]")) {
      out.add(img.attr("src"));
    }
    Matcher m = MARKDOWN_IMAGE.matcher(body);
    while (m.find()) {
      out.add(m.group(1));
    }
    return absolute(out);
  }

  /** Absolute link targets ({@code <a href>}, Markdown links) in order of appearance, each once. */
  static List<String> links(String body) {
    List<String> out = new ArrayList<>();
    for (Element a : Jsoup.parseBodyFragment(body).select("a[href]")) {
      out.add(a.attr("href"));
    }
    Matcher m = MARKDOWN_LINK.matcher(body);
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
