package dev.tinta.feeds;

import dev.tinta.model.OutputFile;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Parses generated XML strictly (namespace-aware, no DTDs), for structural assertions. */
final class XmlDocuments {
  private XmlDocuments() {}

  static Document parse(OutputFile file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(((OutputFile.Generated) file).bytes()));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + file.path() + ": " + e.getMessage(), e);
    }
  }

  /** The element children of {@code parent} in order. */
  static List<Element> children(Node parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The element children's local names in order. */
  static List<String> names(Node parent) {
    return children(parent).stream().map(Node::getLocalName).toList();
  }

  /** The children named {@code name}. */
  static List<Element> children(Node parent, String name) {
    return children(parent).stream().filter(e -> e.getLocalName().equals(name)).toList();
  }

  /** The text of the only child named {@code name}. */
  static String text(Node parent, String name) {
    List<Element> found = children(parent, name);
    if (found.size() != 1) {
      throw new AssertionError("expected one <" + name + ">, found " + found.size());
    }
    return found.get(0).getTextContent();
  }
}
