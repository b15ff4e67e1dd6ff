package dev.tinta.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress keeps post and comment text with blank lines for paragraphs and line breaks for {@code
 * <br>}, and adds the tags only when it shows them; this follows its {@code wpautop}
 * (wp-includes/formatting.php): block tags stand apart, each other blank-line-separated chunk
 * becomes a paragraph, a single line break inside one becomes {@code <br />}, {@code <pre>} stays
 * as it is.
 */
final class Autop {
  /** wpautop's {@code $allblocks}. */
  private static final String BLOCKS =
      "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form"
          + "|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article"
          + "|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

  private static final Pattern KEPT =
      Pattern.compile("(?is)<(pre|script|style|textarea)\\b.*?</\\1>|<!--.*?-->");
  private static final Pattern OPEN = Pattern.compile("(?i)(<" + BLOCKS + "[\\s/>])");
  private static final Pattern CLOSE = Pattern.compile("(?i)(</" + BLOCKS + ">)");
  private static final Pattern HR = Pattern.compile("(?i)(<hr\\s*?/?>)");

  /** A character no export holds: stands for a kept block while the rest is changed. */
  private static final char KEEP = '\uE004';

  private Autop() {}

  static String of(String text) {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    if (t.isBlank()) {
      return "";
    }
    List<String> kept = new ArrayList<>();
    Matcher k = KEPT.matcher(t);
    StringBuilder held = new StringBuilder();
    while (k.find()) {
      kept.add(k.group());
      k.appendReplacement(
          held, Matcher.quoteReplacement("\n\n" + KEEP + (kept.size() - 1) + KEEP + "\n\n"));
    }
    k.appendTail(held);
    // a line break inside a tag is a space, never a <br /> (wpautop's wp_replace_in_html_tags)
    t =
        Pattern.compile("<[^<>]*>")
            .matcher(held)
            .replaceAll(m -> Matcher.quoteReplacement(m.group().replace('\n', ' ')));
    t = OPEN.matcher(t).replaceAll("\n\n$1");
    t = CLOSE.matcher(t).replaceAll("$1\n\n");
    t = HR.matcher(t).replaceAll("$1\n\n");
    StringBuilder out = new StringBuilder();
    for (String chunk : t.split("\\n\\s*\\n")) {
      String c = chunk.strip();
      if (!c.isEmpty()) {
        out.append("<p>").append(c).append("</p>\n");
      }
    }
    t = out.toString();
    // no paragraph around a block tag or a kept block
    t = t.replaceAll("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)\\s*</p>", "$1");
    t = t.replaceAll("<p>\\s*(" + KEEP + "\\d+" + KEEP + ")\\s*</p>", "$1");
    t = t.replaceAll("(?i)<p>\\s*(</?" + BLOCKS + "[^>]*>)", "$1");
    t = t.replaceAll("(?i)(</?" + BLOCKS + "[^>]*>)\\s*</p>", "$1");
    // a line break inside a paragraph, not one next to a block tag
    t = t.replaceAll("(?<!<br />)[ \\t]*\\n(?!\\z)", "<br />\n");
    t = t.replaceAll("(?i)(</?" + BLOCKS + "[^>]*>|" + KEEP + "\\d+" + KEEP + ")\\s*<br />", "$1");
    t =
        t.replaceAll(
            "(?i)<br />(\\s*(?:</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>|" + KEEP + "))",
            "$1");
    t = t.replaceAll("\\n</p>", "</p>");
    Matcher back = Pattern.compile(KEEP + "(\\d+)" + KEEP).matcher(t);
    StringBuilder done = new StringBuilder();
    while (back.find()) {
      back.appendReplacement(
          done, Matcher.quoteReplacement(kept.get(Integer.parseInt(back.group(1)))));
    }
    back.appendTail(done);
    return done.toString().strip();
  }
}
