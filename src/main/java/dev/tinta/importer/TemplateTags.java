package dev.tinta.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Liquid tags (Jekyll) and shortcodes (Hugo) of a post body whose meaning is clear:
 * code highlighting becomes a fenced block, links to posts become {@link PostRefs} that the plan
 * turns into relative links to their Markdown files, {@code site.baseurl} and {@code relative_url}
 * become root paths, figures become {@code <figure>}, embeds become links, what {@code {% raw %}}
 * or an escaped Hugo shortcode holds stays literal, {@code {% comment %}} goes, and kramdown's
 * {@code {:toc}} and attribute lists go with a warning. Every other tag is left as it is and
 * reported with its file and line, so nothing reaches a page silently.
 */
final class TemplateTags {
  private static final Map<Pattern, Function<MatchResult, String>> LIQUID = new LinkedHashMap<>();
  private static final Map<Pattern, Function<MatchResult, String>> HUGO = new LinkedHashMap<>();
  private static final Pattern LIQUID_ANY = p("\\{%-?.*?-?%\\}|\\{\\{-?.*?-?\\}\\}");
  private static final Pattern LIQUID_OPEN = p("\\{%|\\{\\{");
  private static final Pattern HUGO_ANY = p("\\{\\{[<%].*?[>%]\\}\\}");
  private static final Pattern HUGO_OPEN = p("\\{\\{[<%]");
  private static final Pattern ATTRIBUTE = p("(\\w+)=(?:\"([^\"]*)\"|(\\S+))");
  private static final Pattern RAW = p("\\{%-?\\s*raw\\s*-?%\\}");
  private static final Pattern END_RAW = p("\\{%-?\\s*endraw\\s*-?%\\}");
  private static final Pattern COMMENT = p("\\{%-?\\s*comment\\s*-?%\\}");
  private static final Pattern END_COMMENT = p("\\{%-?\\s*endcomment\\s*-?%\\}");

  /** Hugo's way of writing a shortcode as text: a comment inside the brackets. */
  private static final Pattern HUGO_ESCAPED = p("\\{\\{([<%])/\\*\\s?(.*?)\\s?\\*/([>%])\\}\\}");

  /** kramdown's table of contents marker (kramdown docs, "Automatic table of contents"). */
  private static final Pattern KRAMDOWN_TOC = p("\\s*\\{:\\s*[.#]?toc\\s*\\}\\s*");

  /** A line holding only kramdown attribute lists or extensions: {@code {: .note}}. */
  private static final Pattern KRAMDOWN_LINE = p("[ \\t]{0,3}(?:\\{::?(?!.*=>)[^}]*\\}\\s*)+");

  /** A kramdown span attribute list after inline text: {@code *x*{: .red}}, not {@code {:a=>1}}. */
  private static final Pattern KRAMDOWN_SPAN = p("\\{:\\s*(?:[.#][\\w-]+|\\w+=\"[^\"]*\")[^}]*\\}");

  private static final Pattern FENCE = p("\\s{0,3}(```|~~~).*");

  static {
    LIQUID.put(p("\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%\\}"), m -> "```" + m.group(1));
    LIQUID.put(p("\\{%-?\\s*endhighlight\\s*-?%\\}"), m -> "```");
    LIQUID.put(
        p("\\{%-?\\s*(?:post_url|link)\\s+([^\\s%]+)\\s*-?%\\}"),
        m -> PostRefs.ref(m.group(1), m.group()));
    LIQUID.put(p("\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?\\}\\}"), m -> "");
    LIQUID.put(
        p(
            "\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.baseurl)\\s*-?\\}\\}"),
        m -> sitePath(m.group(1)));
    HUGO.put(p("\\{\\{<\\s*highlight\\s+([\\w+#.-]+)[^>]*>\\}\\}"), m -> "```" + m.group(1));
    HUGO.put(p("\\{\\{<\\s*/highlight\\s*>\\}\\}"), m -> "```");
    HUGO.put(
        p("\\{\\{[<%]\\s*(?:rel)?ref\\s+\"?([^\"\\s>%]+)\"?\\s*[>%]\\}\\}"),
        m -> PostRefs.ref(m.group(1), m.group()));
    HUGO.put(p("\\{\\{[<%]\\s*figure\\s+([^>%]*)[>%]\\}\\}"), m -> figure(attributes(m.group(1))));
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
   * @param hugo shortcodes ({@code {{< >}}}); otherwise Liquid and kramdown
   */
  TemplateTags(boolean hugo) {
    this.hugo = hugo;
  }

  /** The state of one body's conversion: inside {@code raw}, {@code comment} or a code fence. */
  private static final class State {
    boolean raw;
    boolean comment;
    boolean fence;
  }

  /** The body with clear tags converted; every other tag is added to {@code warnings}. */
  String convert(String body, String file, int firstLine, List<String> warnings) {
    List<String> out = new ArrayList<>();
    State state = new State();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = file + ":" + (firstLine + i);
      String line =
          hugo ? hugoLine(lines[i], where, warnings) : liquidLine(lines[i], state, where, warnings);
      if (line == null) {
        continue;
      }
      if (!hugo && !state.fence && !state.raw && KRAMDOWN_TOC.matcher(line).matches()) {
        // kramdown's "* TOC" list item above the marker goes with it
        if (!out.isEmpty() && out.get(out.size() - 1).matches("\\s*[*-]\\s+.*")) {
          out.remove(out.size() - 1);
        }
        warnings.add(
            where
                + ": kramdown "
                + line.strip()
                + " removed; tinta's theme shows no table of contents (a theme"
                + " can, from the post's toc)");
        continue;
      }
      if (!hugo && !state.fence && !state.raw && KRAMDOWN_LINE.matcher(line).matches()) {
        warnings.add(where + ": kramdown " + line.strip() + " removed; tinta cannot apply it");
        continue;
      }
      if (!hugo && !state.fence && !state.raw) {
        Matcher span = KRAMDOWN_SPAN.matcher(line);
        if (span.find()) {
          warnings.add(where + ": kramdown " + span.group() + " removed; tinta cannot apply it");
          line = KRAMDOWN_SPAN.matcher(line).replaceAll("");
        }
      }
      if (FENCE.matcher(line).matches()) {
        state.fence = !state.fence;
      }
      out.add(line);
    }
    if (state.raw) {
      warnings.add(file + ": {% raw %} without {% endraw %}; the rest of the file kept as text");
    }
    if (state.comment) {
      warnings.add(file + ": {% comment %} without {% endcomment %}; the rest of the file removed");
    }
    return String.join("\n", out);
  }

  /**
   * One line of a Jekyll body: literal inside {@code raw}, gone inside {@code comment}, converted
   * elsewhere; {@code null} when nothing of it is left (a line of only those tags, or a comment).
   */
  private String liquidLine(String line, State state, String where, List<String> warnings) {
    StringBuilder out = new StringBuilder();
    String rest = line;
    boolean tag = false;
    while (true) {
      if (state.raw) {
        Matcher end = END_RAW.matcher(rest);
        if (!end.find()) {
          out.append(rest);
          break;
        }
        out.append(rest, 0, end.start());
        state.raw = false;
        tag = true;
        rest = rest.substring(end.end());
      } else if (state.comment) {
        tag = true;
        Matcher end = END_COMMENT.matcher(rest);
        if (!end.find()) {
          break;
        }
        state.comment = false;
        rest = rest.substring(end.end());
      } else {
        Matcher raw = RAW.matcher(rest);
        Matcher comment = COMMENT.matcher(rest);
        int r = raw.find() ? raw.start() : Integer.MAX_VALUE;
        int c = comment.find() ? comment.start() : Integer.MAX_VALUE;
        int cut = Math.min(r, c);
        String plain = cut == Integer.MAX_VALUE ? rest : rest.substring(0, cut);
        out.append(
            convertPiece(plain, LIQUID, LIQUID_ANY, LIQUID_OPEN, "Liquid ", where, warnings));
        if (cut == Integer.MAX_VALUE) {
          break;
        }
        tag = true;
        state.raw = r < c;
        state.comment = c < r;
        rest = rest.substring(r < c ? raw.end() : comment.end());
      }
    }
    return tag && out.toString().isBlank() ? null : out.toString();
  }

  /** One line of a Hugo body: escaped shortcodes stay as text, the others are converted. */
  private String hugoLine(String line, String where, List<String> warnings) {
    StringBuilder out = new StringBuilder();
    Matcher escaped = HUGO_ESCAPED.matcher(line);
    int from = 0;
    while (escaped.find()) {
      out.append(
          convertPiece(
              line.substring(from, escaped.start()),
              HUGO,
              HUGO_ANY,
              HUGO_OPEN,
              "shortcode ",
              where,
              warnings));
      out.append("{{")
          .append(escaped.group(1))
          .append(' ')
          .append(escaped.group(2))
          .append(' ')
          .append(escaped.group(3))
          .append("}}");
      from = escaped.end();
    }
    out.append(
        convertPiece(
            line.substring(from), HUGO, HUGO_ANY, HUGO_OPEN, "shortcode ", where, warnings));
    return out.toString();
  }

  private static String convertPiece(
      String text,
      Map<Pattern, Function<MatchResult, String>> rules,
      Pattern any,
      Pattern open,
      String what,
      String where,
      List<String> warnings) {
    String piece = text;
    for (Map.Entry<Pattern, Function<MatchResult, String>> r : rules.entrySet()) {
      piece =
          r.getKey()
              .matcher(piece)
              .replaceAll(m -> Matcher.quoteReplacement(r.getValue().apply(m)));
    }
    piece = PostRefs.locate(piece, where);
    String rest = PostRefs.without(piece);
    Matcher left = any.matcher(rest);
    int end = 0;
    while (left.find()) {
      warnings.add(where + ": " + what + left.group() + " cannot be converted; left in the text");
      end = left.end();
    }
    // a tag that goes on in the next line is not matched above, but must not pass unseen
    Matcher unclosed = open.matcher(rest);
    if (unclosed.find(end)) {
      warnings.add(
          where
              + ": "
              + what
              + rest.substring(unclosed.start()).strip()
              + " is not closed on its line; left in the text");
    }
    return piece;
  }

  /** A path of the old site in the new one; its feed is tinta's {@code /feed.xml}. */
  private static String sitePath(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    return p.equals("/atom.xml") || p.equals("/feed.xml") || p.equals("/rss.xml") ? "/feed.xml" : p;
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
