package dev.tinta.importer;

import static dev.tinta.importer.TagRules.rule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the shortcodes of a Hugo post body whose meaning is clear: {@code highlight} becomes a
 * fenced block, {@code ref} and {@code relref} become {@link PostRefs} that the plan turns into
 * relative links to their Markdown files, {@code figure} becomes {@code <figure>}, embeds (YouTube,
 * Vimeo, tweets, gists) become links, and an escaped shortcode (a comment inside its brackets)
 * stays as text. Every other shortcode is left as it is and reported with its file and line.
 */
final class HugoShortcodes {
  private static final TagRules RULES =
      new TagRules(
          "shortcode ",
          Pattern.compile("\\{\\{[<%].*?[>%]\\}\\}"),
          Pattern.compile("\\{\\{[<%]"),
          List.of(
              rule("\\{\\{<\\s*highlight\\s+([\\w+#.-]+)[^>]*>\\}\\}", m -> "```" + m.group(1)),
              rule("\\{\\{<\\s*/highlight\\s*>\\}\\}", m -> "```"),
              rule(
                  "\\{\\{[<%]\\s*(?:rel)?ref\\s+\"?([^\"\\s>%]+)\"?\\s*[>%]\\}\\}",
                  m -> PostRefs.ref(m.group(1), m.group())),
              rule(
                  "\\{\\{[<%]\\s*figure\\s+([^>%]*)[>%]\\}\\}",
                  m -> figure(attributes(m.group(1)))),
              rule(
                  "\\{\\{<\\s*youtube\\s+(?:id=)?\"?([\\w-]+)\"?[^>]*>\\}\\}",
                  m -> "<https://www.youtube.com/watch?v=" + m.group(1) + ">"),
              rule(
                  "\\{\\{<\\s*vimeo(?:_simple)?\\s+(?:id=)?\"?(\\d+)\"?[^>]*>\\}\\}",
                  m -> "<https://vimeo.com/" + m.group(1) + ">"),
              rule(
                  "\\{\\{<\\s*(?:tweet|twitter|twitter_simple|x)\\s+([^>]*)>\\}\\}",
                  m -> tweet(attributes(m.group(1)))),
              rule(
                  "\\{\\{<\\s*gist\\s+([\\w-]+)\\s+(\\w+)[^>]*>\\}\\}",
                  m -> "<https://gist.github.com/" + m.group(1) + "/" + m.group(2) + ">")));

  /** Hugo's way of writing a shortcode as text: a comment inside the brackets. */
  private static final Pattern ESCAPED =
      Pattern.compile("\\{\\{([<%])/\\*\\s?(.*?)\\s?\\*/([>%])\\}\\}");

  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");

  private HugoShortcodes() {}

  /**
   * The body with clear shortcodes converted; every other one is added to {@code warnings} as
   * {@code file:line: ...}.
   *
   * @param firstLine the line of the file the body starts at
   */
  static String convert(String body, String file, int firstLine, List<String> warnings) {
    List<String> out = new ArrayList<>();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.add(line(lines[i], file + ":" + (firstLine + i), warnings));
    }
    return String.join("\n", out);
  }

  /** One line: escaped shortcodes stay as text, the others are converted. */
  private static String line(String line, String where, List<String> warnings) {
    StringBuilder out = new StringBuilder();
    Matcher escaped = ESCAPED.matcher(line);
    int from = 0;
    while (escaped.find()) {
      out.append(RULES.convert(line.substring(from, escaped.start()), where, warnings));
      out.append("{{")
          .append(escaped.group(1))
          .append(' ')
          .append(escaped.group(2))
          .append(' ')
          .append(escaped.group(3))
          .append("}}");
      from = escaped.end();
    }
    out.append(RULES.convert(line.substring(from), where, warnings));
    return out.toString();
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
    String img =
        "<img src=\""
            + escape(a.getOrDefault("src", ""))
            + "\" alt=\""
            + escape(a.getOrDefault("alt", caption))
            + "\">";
    String link = a.getOrDefault("link", "");
    return "<figure>"
        + (link.isEmpty() ? img : "<a href=\"" + escape(link) + "\">" + img + "</a>")
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
