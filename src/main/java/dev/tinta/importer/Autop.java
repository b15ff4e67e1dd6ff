package dev.tinta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * WordPress keeps post and comment text with blank lines for paragraphs and line breaks for {@code
 * <br>}, and adds the tags only when it shows them ({@code wpautop}); this does the same, simply:
 * each blank-line-separated chunk that does not start with a block tag becomes a paragraph.
 */
final class Autop {
  private static final Pattern BLOCK_START =
      Pattern.compile(
          "(?is)^<(?:!--|p|div|ul|ol|li|h[1-6]|blockquote|pre|table|figure|hr|dl|section|address|form|iframe|script|style)\\b.*");

  private Autop() {}

  static String of(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (t.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    for (String chunk : t.split("\\n[ \\t]*\\n\\s*")) {
      String c = chunk.strip();
      if (c.isEmpty()) {
        continue;
      }
      out.add(BLOCK_START.matcher(c).matches() ? c : "<p>" + c.replace("\n", "<br />\n") + "</p>");
    }
    return String.join("\n", out);
  }
}
