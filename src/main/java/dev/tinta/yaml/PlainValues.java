package dev.tinta.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * YAML values as the plain Java values templates read: String, Long, Double, Boolean, and
 * unmodifiable List and Map (in document order) of those. Nulls are left out; a number Java cannot
 * parse ({@code .inf}, one beyond a long) stays text.
 */
final class PlainValues {
  private PlainValues() {}

  static Object of(Node node) {
    if (node instanceof ScalarNode scalar) {
      return scalar(scalar);
    }
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (Node item : seq.getValue()) {
        if (!YamlMap.isNull(item)) {
          list.add(of(item));
        }
      }
      return List.copyOf(list);
    }
    if (node instanceof MappingNode mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key && !YamlMap.isNull(t.getValueNode())) {
          map.put(key.getValue(), of(t.getValueNode()));
        }
      }
      return Collections.unmodifiableMap(map);
    }
    return "";
  }

  private static Object scalar(ScalarNode scalar) {
    Tag tag = scalar.getTag();
    String text = scalar.getValue();
    try {
      if (Tag.INT.equals(tag)) {
        return Long.parseLong(text);
      }
      if (Tag.FLOAT.equals(tag)) {
        return Double.parseDouble(text);
      }
    } catch (NumberFormatException e) {
      return text;
    }
    if (Tag.BOOL.equals(tag)) {
      return Boolean.parseBoolean(text.toLowerCase(java.util.Locale.ROOT));
    }
    return text;
  }
}
