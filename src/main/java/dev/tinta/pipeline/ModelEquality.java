package dev.tinta.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides whether a page's template model is unchanged, so its last rendering can be reused. Values
 * are records, so equality is structural; reused instances make the common case an identity check.
 */
final class ModelEquality {
  private ModelEquality() {}

  static boolean same(RenderJob a, RenderJob b) {
    return a.url().equals(b.url())
        && a.layout().equals(b.layout())
        && a.locale().equals(b.locale())
        && same(a.model(), b.model());
  }

  private static boolean same(Map<String, Object> a, Map<String, Object> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (Map.Entry<String, Object> e : a.entrySet()) {
      Object other = b.get(e.getKey());
      if (!sameValue(e.getValue(), other)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameValue(Object x, Object y) {
    if (x == y) {
      return true;
    }
    if (x instanceof List<?> lx && y instanceof List<?> ly) {
      if (lx.size() != ly.size()) {
        return false;
      }
      for (int i = 0; i < lx.size(); i++) {
        if (lx.get(i) != ly.get(i) && !Objects.equals(lx.get(i), ly.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(x, y);
  }
}
