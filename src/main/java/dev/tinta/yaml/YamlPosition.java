package dev.tinta.yaml;

import org.snakeyaml.engine.v2.nodes.Node;

/** A 1-based line and column in the file a YAML node came from. */
public record YamlPosition(int line, int column) {

  static YamlPosition of(Node node, int lineOffset) {
    return node.getStartMark()
        .map(m -> new YamlPosition(m.getLine() + 1 + lineOffset, m.getColumn() + 1))
        .orElse(new YamlPosition(lineOffset + 1, 1));
  }
}
