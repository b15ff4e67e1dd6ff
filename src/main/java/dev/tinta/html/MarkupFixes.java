package dev.tinta.html;

import org.jsoup.nodes.Element;

/**
 * Makes commonmark's HTML accessible and current: task-list checkboxes get their item's text as
 * label (WCAG 4.1.2), code blocks can be scrolled from the keyboard (WCAG 2.1.1), and table cells
 * use CSS instead of the obsolete {@code align} attribute.
 */
final class MarkupFixes {
  private MarkupFixes() {}

  static void apply(Element body) {
    // code blocks scroll sideways on a phone: keyboard users must be able to scroll them too
    for (Element pre : body.select("pre:not([tabindex])")) {
      pre.attr("tabindex", "0");
    }
    for (Element box : body.select("li > input[type=checkbox]")) {
      Element item = box.parent();
      if (item != null && !box.hasAttr("aria-label") && !box.hasAttr("id")) {
        box.attr("aria-label", item.text().trim());
      }
    }
    for (Element cell : body.select("th[align], td[align]")) {
      String align = cell.attr("align");
      cell.removeAttr("align");
      if (align.matches("left|right|center")) {
        String style = cell.attr("style");
        cell.attr("style", (style.isBlank() ? "" : style.trim() + "; ") + "text-align: " + align);
      }
    }
  }
}
