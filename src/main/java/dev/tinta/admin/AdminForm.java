package dev.tinta.admin;

import java.util.List;
import java.util.Map;

/** The fields of a moderation form, in order; names like {@code c} may repeat (checkboxes). */
record AdminForm(List<Map.Entry<String, String>> pairs) {
  AdminForm {
    pairs = List.copyOf(pairs);
  }

  /** The first value of {@code name}, or "". */
  String value(String name) {
    return pairs.stream()
        .filter(e -> e.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("");
  }

  /** Every value of {@code name}, in order. */
  List<String> values(String name) {
    return pairs.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).toList();
  }
}
