package dev.tinta.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Liquid tags (Jekyll) and shortcodes (Hugo) of a post body whose meaning is clear:
 * code highlighting becomes a fenced block, links to posts become links to their files, {@code
 * site.baseurl} and {@code relative_url} become root paths, figures become {@code <figure>}, embeds
 * become links, {@code {% raw %}} and kramdown's {@code {:toc}} go. Every other tag is left as it
 * is and reported with its file and line, so nothing reaches a page silently.
 */
final class TemplateTags {
  private static final Map<Pattern, Function<java.util.regex.MatchResult, String>> LIQUID =
      new LinkedHashMap<>();
  private static final Map<Pattern, Function<java.util.regex.MatchResult, String>> HUGO =
      new LinkedHashMap<>();
  private static final Pattern LIQUID_ANY = Pattern.compile("\\{%-?.*?-?%\\}|\\{\\{-?.*?-?\\}\\}");
  private static final Pattern HUGO_ANY = Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");

  static {
    LIQUID.put(p("\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%\\}"), m -> "```" + m.group(1));
    LIQUID.put(p("\\{%-?\\s*endhighlight\\s*-?%\\}"), m -> "```");
    LIQUID.put(
        p("\\{%-?\\s*(?:post_url|link\\s+_posts/)\\s*([^\\s%]+)\\s*-?%\\}"),
        m -> postFile(m.group(1)));
    LIQUID.put(p("\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?\\}\\}"), m -> "");
    LIQUID.put(
        p(
            "\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.baseurl)\\s*-?\\}\\}"),
        m -> sitePath(m.group(1)));
    HUGO.put(p("\\{\\{<\\s*highlight\\s+([\\w+#.-]+)[^>]*>\\}\\}"), m -> "```" + m.group(1));
    HUGO.put(p("\\{\\{<\\s*/highlight\\s*>\\}\\}"), m -> "```");
    HUGO.put(
        p("\\{\\{[<%]\\s*(?:rel)?ref\\s+\"?([^\"\\s>]+)\"?\\s*[>%]\\}\\}"),
        m -> postFile(m.group(1)));
    HUGO.put(p("\\{\\{<\\s*figure\\s+([^>]*)>\\}\\}"), m -> figure(attributes(m.group(1))));
    HUGO.put(
        p("\\{\\{<\\s*youtube\\s+(?:id=)?\"?([\\w-]+)\"?[^>]*>\\}\\}"),
        m -> "<https://www.youtube.com/watch?v=" + m.group(1) + ">");
    HUGO.put(
        p("\\{\\{<\\s*vimeo(?:_simple)?\\s+(?:id=)?\"?(\\d+)\"?[^>]*>\\}\\}"),
        m -> "<https://vimeo.com/" + m.group(1) + ">");
    HUGO.put(
        p("\\{\\{<\\s*(?:tweet|twitter|twitter_simple|x)\\s+([^>]*)>\\}\\}"),
        m -> tweet(attributes(m.group(1))));
    HUGO.put(
        p("\\{\\{<\\s*gist\\s+([\\w-]+)\\s+(\\w+)[^>]*>\\}\\}"),
        m -> "<https://gist.github.com/" + m.group(1) + "/" + m.group(2) + ">");
  }

  private static Pattern p(String regex) {
    return Pattern.compile(regex);
  }

  private final boolean hugo;

  /**
   * @param hugo shortcodes ({@code {{< >}}}); otherwise Liquid
   */
  TemplateTags(boolean hugo) {
    this.hugo = hugo;
  }

  /** The body with clear tags converted; every other tag is added to {@code warnings}. */
  String convert(String body, String file, int firstLine, List<String> warnings) {
    List<String> out = new ArrayList<>();
    boolean raw = false;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int lineNo = firstLine + i;
      if (!hugo) {
        if (line.matches("\\s*\\{%-?\\s*raw\\s*-?%\\}\\s*")) {
          raw = true;
          continue;
        }
        if (line.matches("\\s*\\{%-?\\s*endraw\\s*-?%\\}\\s*")) {
          raw = false;
          continue;
        }
        if (raw) {
          out.add(line);
          continue;
        }
        line = line.replaceAll("\\{%-?\\s*(?:end)?raw\\s*-?%\\}", "");
        if (line.strip().equals("{:toc}") || line.strip().matches("\\{:\\s*toc\\s*\\}")) {
          // kramdown's table of contents: tinta adds one to posts with three headings or more
          if (!out.isEmpty() && out.get(out.size() - 1).matches("\\s*[*-]\\s+.*")) {
            out.remove(out.size() - 1);
          }
          continue;
        }
      }
      for (Map.Entry<Pattern, Function<java.util.regex.MatchResult, String>> r :
          (hugo ? HUGO : LIQUID).entrySet()) {
        line =
            r.getKey()
                .matcher(line)
                .replaceAll(m -> Matcher.quoteReplacement(r.getValue().apply(m)));
      }
      Matcher left = (hugo ? HUGO_ANY : LIQUID_ANY).matcher(line);
      while (left.find()) {
        warnings.add(
            file
                + ":"
                + lineNo
                + ": "
                + (hugo ? "shortcode " : "Liquid ")
                + left.group()
                + " cannot be converted; left in the text");
      }
      out.add(line);
    }
    return String.join("\n", out);
  }

  /** A path of the old site in the new one; its feed is tinta's {@code /feed.xml}. */
  private static String sitePath(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    return p.equals("/atom.xml") || p.equals("/feed.xml") || p.equals("/rss.xml") ? "/feed.xml" : p;
  }

  /** A link target for another post: its file name, which tinta turns into its URL. */
  private static String postFile(String ref) {
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    if (name.endsWith(".md")) {
      name = name.substring(0, name.length() - 3);
    } else if (name.endsWith(".markdown")) {
      name = name.substring(0, name.length() - 9);
    }
    if (name.equals("index") || name.equals("_index")) {
      String rest = ref.substring(0, Math.max(ref.lastIndexOf('/'), 0));
      name = rest.substring(rest.lastIndexOf('/') + 1);
    }
    return JekyllImporter.slugOfPostFile(name) + ".md";
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
    }
    return out;
  }

  private static String figure(Map<String, String> a) {
    String caption = a.getOrDefault("caption", a.getOrDefault("title", ""));
    return "<figure><img src=\""
        + escape(a.getOrDefault("src", ""))
        + "\" alt=\""
        + escape(a.getOrDefault("alt", caption))
        + "\">"
        + (caption.isEmpty() ? "" : "<figcaption>" + escape(caption) + "</figcaption>")
        + "</figure>";
  }

  private static String tweet(Map<String, String> a) {
    String user = a.getOrDefault("user", "i");
    return "<https://twitter.com/" + user + "/status/" + a.getOrDefault("id", "") + ">";
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
