package dev.tinta.yaml;

import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, position-aware access to a YAML mapping. A value of the wrong type is reported as a
 * problem at the value's position and read as absent, so one pass finds every mistake.
 */
public final class YamlMap {
  private final Map<String, Node> values;
  private final Map<String, Node> keys;
  private final Node node;
  private final String file;
  private final int lineOffset;
  private final Problems problems;

  YamlMap(MappingNode mapping, String file, int lineOffset, Problems problems) {
    this.node = mapping;
    this.file = file;
    this.lineOffset = lineOffset;
    this.problems = problems;
    Map<String, Node> v = new LinkedHashMap<>();
    Map<String, Node> k = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        // The low-level composer does not check setAllowDuplicateKeys(false): that happens only
        // when constructing objects, which we never do. Without this, the last value wins silently.
        if (v.containsKey(key.getValue())) {
          report(key, "duplicate key '" + key.getValue() + "'");
        }
        v.put(key.getValue(), tuple.getValueNode());
        k.put(key.getValue(), key);
      } else {
        report(tuple.getKeyNode(), "keys must be plain text");
      }
    }
    this.values = Collections.unmodifiableMap(v);
    this.keys = Collections.unmodifiableMap(k);
  }

  private YamlMap(String file, int lineOffset, Problems problems) {
    this.node = null;
    this.file = file;
    this.lineOffset = lineOffset;
    this.problems = problems;
    this.values = Map.of();
    this.keys = Map.of();
  }

  static YamlMap empty(String file, int lineOffset, Problems problems) {
    return new YamlMap(file, lineOffset, problems);
  }

  /** Wraps a node that must be a mapping; anything else is reported. */
  public static Optional<YamlMap> of(Node node, String file, int lineOffset, Problems problems) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
    }
    YamlPosition at = YamlPosition.of(node, lineOffset);
    problems.add(Problem.at(file, at.line(), at.column(), "expected a mapping of keys to values"));
    return Optional.empty();
  }

  /** Keys in document order. */
  public Set<String> keys() {
    return values.keySet();
  }

  public boolean has(String key) {
    return !absent(values.get(key));
  }

  /** The file problems are reported against. */
  public String file() {
    return file;
  }

  /** Position of the mapping itself (or the top of the block when empty). */
  public YamlPosition position() {
    return node == null ? new YamlPosition(lineOffset + 1, 1) : YamlPosition.of(node, lineOffset);
  }

  /** Position of a key's value, or of the mapping when the key is absent. */
  public YamlPosition position(String key) {
    Node value = values.get(key);
    return value == null ? position() : YamlPosition.of(value, lineOffset);
  }

  /** Position of a key itself. */
  public YamlPosition keyPosition(String key) {
    Node k = keys.get(key);
    return k == null ? position() : YamlPosition.of(k, lineOffset);
  }

  /** Records a problem at the value of {@code key}. */
  public void report(String key, String message, String hint) {
    YamlPosition at = position(key);
    problems.add(Problem.at(file, at.line(), at.column(), message).withHint(hint));
  }

  /** Records a warning at {@code key} itself: printed, and the build goes on. */
  public void warn(String key, String message, String hint) {
    YamlPosition at = keyPosition(key);
    problems.add(Problem.warningAt(file, at.line(), at.column(), message).withHint(hint));
  }

  private void report(Node at, String message) {
    YamlPosition p = YamlPosition.of(at, lineOffset);
    problems.add(Problem.at(file, p.line(), p.column(), message));
  }

  /** A scalar value as text; numbers and booleans are given as written. */
  public Optional<String> text(String key) {
    Node value = values.get(key);
    if (absent(value)) {
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue());
    }
    report(value, "'" + key + "' must be text, not a " + kind(value));
    return Optional.empty();
  }

  /** A required scalar: absence is reported at the mapping. */
  public Optional<String> requiredText(String key, String hint) {
    if (!has(key)) {
      YamlPosition at = position();
      problems.add(
          Problem.at(file, at.line(), at.column(), "missing required field '" + key + "'")
              .withHint(hint));
      return Optional.empty();
    }
    return text(key)
        .filter(s -> !s.isBlank())
        .or(
            () -> {
              if (values.get(key) instanceof ScalarNode) {
                report(key, "'" + key + "' must not be empty", hint);
              }
              return Optional.empty();
            });
  }

  /** A list of scalars. A lone scalar is a mistake, reported with the list form as hint. */
  public Optional<List<String>> textList(String key) {
    return items(key, key + ": [a, b]").map(items -> texts(key, items));
  }

  private List<String> texts(String key, List<Node> items) {
    List<String> out = new ArrayList<>();
    for (Node item : items) {
      if (item instanceof ScalarNode scalar && !isNull(item)) {
        out.add(scalar.getValue());
      } else {
        report(item, "items of '" + key + "' must be text, not a " + kind(item));
      }
    }
    return out;
  }

  /** A list of scalars, or one scalar read as a list of one (Jekyll writes {@code key: /x}). */
  public Optional<List<String>> textOrList(String key) {
    Node value = values.get(key);
    if (value instanceof ScalarNode scalar && !isNull(value)) {
      return Optional.of(List.of(scalar.getValue()));
    }
    return textList(key);
  }

  /** A boolean ({@code true}/{@code false}, YAML 1.2 core schema). */
  public Optional<Boolean> bool(String key) {
    Node value = values.get(key);
    if (absent(value)) {
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar && Tag.BOOL.equals(scalar.getTag())) {
      return Optional.of(
          Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT)));
    }
    report(key, "'" + key + "' must be true or false", key + ": true");
    return Optional.empty();
  }

  /** An integer within {@code [min, max]}. */
  public Optional<Integer> integer(String key, int min, int max) {
    Node value = values.get(key);
    if (absent(value)) {
      return Optional.empty();
    }
    if (value instanceof ScalarNode scalar && Tag.INT.equals(scalar.getTag())) {
      try {
        int n = Integer.parseInt(scalar.getValue());
        if (n >= min && n <= max) {
          return Optional.of(n);
        }
      } catch (NumberFormatException e) {
        // out of int range: reported below
      }
    }
    report(
        key, "'" + key + "' must be a whole number from " + min + " to " + max, key + ": " + min);
    return Optional.empty();
  }

  /** A nested mapping. */
  public Optional<YamlMap> map(String key) {
    Node value = values.get(key);
    if (absent(value)) {
      return Optional.empty();
    }
    if (value instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, file, lineOffset, problems));
    }
    report(value, "'" + key + "' must be a mapping of keys to values, not a " + kind(value));
    return Optional.empty();
  }

  /** A sequence of mappings (such as the menu's entries); an item of another kind is reported. */
  public Optional<List<YamlMap>> mapList(String key) {
    return items(key, "").map(this::maps);
  }

  private List<YamlMap> maps(List<Node> items) {
    List<YamlMap> out = new ArrayList<>();
    for (Node item : items) {
      of(item, file, lineOffset, problems).ifPresent(out::add);
    }
    return out;
  }

  /** The items of a list value; a value of another kind is reported, with {@code hint}. */
  private Optional<List<Node>> items(String key, String hint) {
    Node value = values.get(key);
    if (absent(value)) {
      return Optional.empty();
    }
    if (value instanceof SequenceNode seq) {
      return Optional.of(seq.getValue());
    }
    report(key, "'" + key + "' must be a list, not a " + kind(value), hint);
    return Optional.empty();
  }

  /**
   * Values other than {@code except} as plain Java values (String, Long, Double, Boolean, List,
   * Map), for templates.
   */
  public Map<String, Object> plain(Set<String> except) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          if (!except.contains(k) && !isNull(v)) {
            out.put(k, PlainValues.of(v));
          }
        });
    return out;
  }

  /** Whether a value is absent from the mapping or written as null ({@code key:} or {@code ~}). */
  private static boolean absent(Node value) {
    return value == null || isNull(value);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  private static String kind(Node node) {
    if (node instanceof SequenceNode) {
      return "list";
    }
    if (node instanceof MappingNode) {
      return "mapping";
    }
    return "single value";
  }
}
