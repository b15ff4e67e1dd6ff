package dev.tinta.importer;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an export file into a tree of {@link XmlNode}s with the JDK's StAX parser: namespaces on,
 * DTDs and external entities off (an export is untrusted input), every mistake a {@link Problem} at
 * its line and column.
 */
final class XmlReader {
  /** Deeper documents are refused: no export nests this far. */
  private static final int MAX_DEPTH = 200;

  private XmlReader() {}

  /**
   * Parses the file.
   *
   * @param name the file as problems name it
   * @throws SiteException when the file is empty, not XML, or not well-formed (with namespaces)
   */
  static XmlNode read(Path file, String name) {
    try (InputStream in = Files.newInputStream(file)) {
      if (Files.size(file) == 0) {
        throw new SiteException(Problem.at(name, 1, 1, "the file is empty"));
      }
      return parse(in, name);
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(name, "cannot read the file: " + e.getMessage()));
    }
  }

  private static XmlNode parse(InputStream in, String name) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    XMLStreamReader reader = null;
    try {
      reader = factory.createXMLStreamReader(in);
      Deque<Building> open = new ArrayDeque<>();
      XmlNode root = null;
      while (reader.hasNext()) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (open.size() >= MAX_DEPTH) {
              Location at = reader.getLocation();
              throw new SiteException(
                  Problem.at(
                      name, at.getLineNumber(), at.getColumnNumber(), "elements nest too deep"));
            }
            open.push(new Building(reader));
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (!open.isEmpty()) {
              open.peek().text.append(reader.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            XmlNode done = open.pop().build();
            if (open.isEmpty()) {
              root = done;
            } else {
              open.peek().children.add(done);
            }
          }
          case XMLStreamConstants.DTD ->
              throw new SiteException(
                  Problem.at(
                          name,
                          reader.getLocation().getLineNumber(),
                          reader.getLocation().getColumnNumber(),
                          "document type declarations are not read in exports")
                      .withHint("remove the <!DOCTYPE ...> line"));
          default -> {}
        }
      }
      if (root == null) {
        throw new SiteException(Problem.at(name, 1, 1, "no XML element in the file"));
      }
      return root;
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
      throw new SiteException(Problem.at(name, line, column, message(e)).withHint(hint(e)));
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // nothing left to read; the parser's state no longer matters
        }
      }
    }
  }

  /** The parser's message without its own "ParseError at [row,col]" prefix. */
  private static String message(XMLStreamException e) {
    String m = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
    int cut = m.indexOf("Message: ");
    String text = cut >= 0 ? m.substring(cut + "Message: ".length()) : m;
    // the JDK's parser names an unbound prefix by a spec anchor:
    // ...ElementPrefixUnbound?app&app:control
    // for an element, ...AttributePrefixUnbound?thread&dsq:id&dsq for an attribute
    java.util.regex.Matcher element =
        java.util.regex.Pattern.compile("ElementPrefixUnbound\\?([^&\\s]+)&([^&\\s]+)")
            .matcher(text);
    if (element.find()) {
      return "not valid XML: the prefix '"
          + element.group(1)
          + "' of <"
          + element.group(2)
          + "> is not declared";
    }
    java.util.regex.Matcher attribute =
        java.util.regex.Pattern.compile("AttributePrefixUnbound\\?([^&\\s]+)&([^&\\s]+)&([^&\\s]+)")
            .matcher(text);
    if (attribute.find()) {
      return "not valid XML: the prefix '"
          + attribute.group(3)
          + "' of the attribute "
          + attribute.group(2)
          + " of <"
          + attribute.group(1)
          + "> is not declared";
    }
    return "not valid XML: " + text.strip();
  }

  /** The namespaces of the prefixes exports use, for the hint of an undeclared one. */
  private static final Map<String, String> KNOWN =
      Map.of(
          "app", "http://purl.org/atom/app#",
          "thr", "http://purl.org/syndication/thread/1.0",
          "gd", "http://schemas.google.com/g/2005",
          "blogger", "http://schemas.google.com/blogger/2018",
          "wp", "http://wordpress.org/export/1.2/",
          "content", "http://purl.org/rss/1.0/modules/content/",
          "dc", "http://purl.org/dc/elements/1.1/",
          "excerpt", "http://wordpress.org/export/1.2/excerpt/",
          "dsq", "http://disqus.com/disqus-internals");

  private static String hint(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    java.util.regex.Matcher unbound =
        java.util.regex.Pattern.compile(
                "ElementPrefixUnbound\\?([^&\\s]+)&|AttributePrefixUnbound\\?[^&\\s]+&[^&\\s]+&([^&\\s]+)")
            .matcher(m);
    if (unbound.find()) {
      String prefix = unbound.group(1) != null ? unbound.group(1) : unbound.group(2);
      return KNOWN.containsKey(prefix)
          ? "declare it on the first element: xmlns:" + prefix + "='" + KNOWN.get(prefix) + "'"
          : "declare the prefix with xmlns:" + prefix + "='...' on the first element";
    }
    if (m.contains("Premature end") || m.contains("must start and end")) {
      return "the file may be cut short; export it again";
    }
    return "the export is damaged; export it again or fix the XML at this place";
  }

  /** An element whose end tag has not been read yet. */
  private static final class Building {
    final String namespace;
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final StringBuilder text = new StringBuilder();
    final List<XmlNode> children = new ArrayList<>();
    final int line;
    final int column;

    Building(XMLStreamReader r) {
      namespace = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
      name = r.getLocalName();
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String ns = r.getAttributeNamespace(i);
        String key =
            ns == null || ns.isEmpty()
                ? r.getAttributeLocalName(i)
                : "{" + ns + "}" + r.getAttributeLocalName(i);
        attributes.put(key, r.getAttributeValue(i));
      }
      line = r.getLocation().getLineNumber();
      column = r.getLocation().getColumnNumber();
    }

    XmlNode build() {
      return new XmlNode(namespace, name, attributes, text.toString(), children, line, column);
    }
  }
}
