package dev.tinta.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of an XML document with its position, read by {@link XmlReader}.
 *
 * @param namespace the namespace URI, empty for none
 * @param name the local name
 * @param text the element's own text (character data and CDATA of its direct children joined)
 * @param line 1-based line of the start tag
 */
record XmlNode(
    String namespace,
    String name,
    Map<String, String> attributes,
    String text,
    List<XmlNode> children,
    int line,
    int column) {

  XmlNode {
    attributes = Map.copyOf(attributes);
    children = List.copyOf(children);
  }

  boolean is(String ns, String local) {
    return namespace.equals(ns) && name.equals(local);
  }

  /** The first child with this name. */
  Optional<XmlNode> child(String ns, String local) {
    return children.stream().filter(c -> c.is(ns, local)).findFirst();
  }

  /** Every child with this name. */
  List<XmlNode> all(String ns, String local) {
    return children.stream().filter(c -> c.is(ns, local)).toList();
  }

  /** The trimmed text of the first child with this name; empty when there is none. */
  String text(String ns, String local) {
    return child(ns, local).map(c -> c.text().strip()).orElse("");
  }

  /** An attribute without a namespace; empty when absent. */
  String attr(String local) {
    return attributes.getOrDefault(local, "");
  }

  /** Where the element starts, for warnings: {@code file:line}. */
  String at(String file) {
    return file + ":" + line;
  }
}
