package dev.tinta.html;

import dev.tinta.model.Slug;
import dev.tinta.model.TocEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Gives every heading a unique, readable id ({@code another-insight}, then {@code
 * another-insight-2}) and a self-link, and collects h2–h4 for the table of contents.
 */
final class HeadingAnchors {
  private HeadingAnchors() {}

  /**
   * @param all every element of the body, in document order
   */
  static List<TocEntry> apply(List<Element> all) {
    Set<String> used = new HashSet<>();
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
        String base = Slug.of(text);
        if (base.isEmpty()) {
          base = "section";
        }
        id = base;
        for (int n = 2; used.contains(id); n++) {
          id = base + "-" + n;
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

  private static boolean isHeading(String name) {
    return name.length() == 2
        && name.charAt(0) == 'h'
        && name.charAt(1) >= '1'
        && name.charAt(1) <= '6';
  }
}
