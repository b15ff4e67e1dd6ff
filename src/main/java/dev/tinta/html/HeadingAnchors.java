package dev.tinta.html;

import dev.tinta.model.HeadingIds;
import dev.tinta.model.Slug;
import dev.tinta.model.TocEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Gives every heading a unique, readable id and a self-link, and collects h2–h4 for the table of
 * contents. Ids in the {@link HeadingIds#TINTA} style: {@code another-insight}, then {@code
 * another-insight-2}; in the {@link HeadingIds#GITHUB} style: {@code another-insight}, then {@code
 * another-insight-1}.
 */
final class HeadingAnchors {
  private HeadingAnchors() {}

  /**
   * @param all every element of the body, in document order
   */
  static List<TocEntry> apply(List<Element> all) {
    return apply(all, HeadingIds.TINTA);
  }

  /**
   * @param all every element of the body, in document order
   */
  static List<TocEntry> apply(List<Element> all, HeadingIds style) {
    Set<String> used = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    List<Element> headings = new ArrayList<>();
    for (Element e : all) {
      if (e.hasAttr("id")) {
        used.add(e.id());
      }
      if (isHeading(e.normalName())) {
        headings.add(e);
      }
    }
    List<TocEntry> toc = new ArrayList<>();
    for (Element h : headings) {
      String text = h.text();
      String id = h.id();
      if (id.isEmpty()) {
        boolean github = style == HeadingIds.GITHUB;
        String base = github ? github(h.wholeText()) : Slug.of(text);
        if (base.isEmpty()) {
          base = "section";
        }
        id = base;
        if (used.contains(id)) {
          // each repeat of a heading starts where the last one stopped: 10,000 "## Same" took
          // 75 s when every one counted up from 1 (#11, bench/pathological.py)
          int n = nextSuffix.getOrDefault(base, github ? 1 : 2);
          do {
            id = base + "-" + n++;
          } while (used.contains(id));
          nextSuffix.put(base, n);
        }
        used.add(id);
        h.id(id);
      }
      h.appendElement("a")
          .addClass("anchor")
          .attr("href", "#" + id)
          .attr("aria-hidden", "true")
          .attr("tabindex", "-1")
          .text("#");
      int level = h.tagName().charAt(1) - '0';
      if (level >= 2 && level <= 4) {
        toc.add(new TocEntry(level, id, text));
      }
    }
    return toc;
  }

  /**
   * GitHub's id for a heading's text (its Ruby {@code TableOfContentsFilter} and github-slugger):
   * lower case; letters, marks, decimal and letter numbers, connector punctuation ({@code _}),
   * {@code -} and spaces kept, everything else dropped; each space a dash.
   */
  static String github(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ') {
        out.append('-');
      } else if (cp == '-' || wordCharacter(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Ruby's {@code \p{Word}}: letters, marks, decimal and letter numbers, connectors. */
  private static boolean wordCharacter(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.CONNECTOR_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  private static boolean isHeading(String name) {
    return name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }
}
