package dev.tinta.importer;

import static dev.tinta.importer.TagRules.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the Liquid tags and kramdown extensions of a Jekyll post body whose meaning is clear:
 * {@code highlight} becomes a fenced block, {@code post_url} and {@code link} become {@link
 * PostRefs} that the plan turns into relative links to their Markdown files, {@code site.baseurl}
 * and {@code relative_url} become root paths, what {@code {% raw %}} holds stays literal, {@code {%
 * comment %}} goes, and kramdown's {@code {:toc}} and attribute lists go with a warning. Every
 * other tag is left as it is and reported with its file and line.
 */
final class LiquidTags {
  private static final TagRules RULES =
      new TagRules(
          "Liquid ",
          Pattern.compile("\\{%-?.*?-?%\\}|\\{\\{-?.*?-?\\}\\}"),
          Pattern.compile("\\{%|\\{\\{"),
          List.of(
              rule("\\{%-?\\s*highlight\\s+([\\w+#.-]+)[^%]*%\\}", m -> "```" + m.group(1)),
              rule("\\{%-?\\s*endhighlight\\s*-?%\\}", m -> "```"),
              rule(
                  "\\{%-?\\s*(?:post_url|link)\\s+([^\\s%]+)\\s*-?%\\}",
                  m -> PostRefs.ref(m.group(1), m.group())),
              rule("\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?\\}\\}", m -> ""),
              rule(
                  "\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative_url|absolute_url|prepend:\\s*site\\.baseurl)\\s*-?\\}\\}",
                  m -> sitePath(m.group(1)))));

  private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%\\}");
  private static final Pattern END_RAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%\\}");
  private static final Pattern COMMENT = Pattern.compile("\\{%-?\\s*comment\\s*-?%\\}");
  private static final Pattern END_COMMENT = Pattern.compile("\\{%-?\\s*endcomment\\s*-?%\\}");

  /** kramdown's table of contents marker (kramdown docs, "Automatic table of contents"). */
  private static final Pattern KRAMDOWN_TOC = Pattern.compile("\\s*\\{:\\s*[.#]?toc\\s*\\}\\s*");

  /** A line holding only kramdown attribute lists or extensions: {@code {: .note}}. */
  private static final Pattern KRAMDOWN_LINE =
      Pattern.compile("[ \\t]{0,3}(?:\\{::?(?!.*=>)[^}]*\\}\\s*)+");

  /** A kramdown span attribute list after inline text: {@code *x*{: .red}}, not {@code {:a=>1}}. */
  private static final Pattern KRAMDOWN_SPAN =
      Pattern.compile("\\{:\\s*(?:[.#][\\w-]+|\\w+=\"[^\"]*\")[^}]*\\}");

  private static final Pattern FENCE = Pattern.compile("\\s{0,3}(```|~~~).*");

  private LiquidTags() {}

  /** The state of one body's conversion: inside {@code raw}, {@code comment} or a code fence. */
  private static final class State {
    boolean raw;
    boolean comment;
    boolean fence;
  }

  /**
   * The body with clear tags converted; every other tag is added to {@code warnings} as {@code
   * file:line: ...}.
   *
   * @param firstLine the line of the file the body starts at
   */
  static String convert(String body, String file, int firstLine, List<String> warnings) {
    List<String> out = new ArrayList<>();
    State state = new State();
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String where = file + ":" + (firstLine + i);
      String line = line(lines[i], state, where, warnings);
      if (line == null) {
        continue;
      }
      if (!state.fence && !state.raw && KRAMDOWN_TOC.matcher(line).matches()) {
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
      if (!state.fence && !state.raw && KRAMDOWN_LINE.matcher(line).matches()) {
        warnings.add(where + ": kramdown " + line.strip() + " removed; tinta cannot apply it");
        continue;
      }
      if (!state.fence && !state.raw) {
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
   * One line: literal inside {@code raw}, gone inside {@code comment}, converted elsewhere; {@code
   * null} when nothing of it is left (a line of only those tags, or a comment).
   */
  private static String line(String line, State state, String where, List<String> warnings) {
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
        out.append(RULES.convert(plain, where, warnings));
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

  /** A path of the old site in the new one; its feed is tinta's {@code /feed.xml}. */
  private static String sitePath(String path) {
    String p = path.startsWith("/") ? path : "/" + path;
    return p.equals("/atom.xml") || p.equals("/feed.xml") || p.equals("/rss.xml") ? "/feed.xml" : p;
  }
}
