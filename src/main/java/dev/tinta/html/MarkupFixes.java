package dev.tinta.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Makes commonmark's HTML accessible and current, in one walk over the elements: task-list
 * checkboxes get their item's text as label (WCAG 4.1.2), code blocks can be scrolled from the
 * keyboard (WCAG 2.1.1), and table cells use CSS instead of the obsolete {@code align} attribute.
 */
final class MarkupFixes {
  private MarkupFixes() {}

  /**
   * @param all every element of the body
   */
  static void apply(List<Element> all) {
    for (Element e : all) {
      switch (e.normalName()) {
        case "input" -> labelCheckbox(e);
        case "pre" -> {
          // code blocks scroll sideways on a phone: keyboard users must be able to scroll them
          if (!e.hasAttr("tabindex")) {
            e.attr("tabindex", "0");
          }
        }
        case "td", "th" -> alignWithCss(e);
        default -> {}
      }
    }
  }

  private static void labelCheckbox(Element box) {
    Element item = box.parent();
    if ("checkbox".equals(box.attr("type"))
        && item != null
        && item.normalName().equals("li")
        && !box.hasAttr("aria-label")
        && !box.hasAttr("id")) {
      box.attr("aria-label", item.text().trim());
    }
  }

  private static void alignWithCss(Element cell) {
    if (!cell.hasAttr("align")) {
      return;
    }
    String align = cell.attr("align");
    cell.removeAttr("align");
    if (align.matches("left|right|center")) {
      String style = cell.attr("style");
      cell.attr("style", (style.isBlank() ? "" : style.trim() + "; ") + "text-align: " + align);
    }
  }
}
