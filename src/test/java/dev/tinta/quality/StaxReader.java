package dev.tinta.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams an XML file for rule checks, safely: no DTDs, no external entities. */
final class StaxReader {
  /** What a rule check does with each start tag; it may read the element's text. */
  interface StartTag {
    void visit(XMLStreamReader r, int depth) throws XMLStreamException;
  }

  /** What a rule check does with each end tag. */
  interface EndTag {
    void visit(XMLStreamReader r, int depth);
  }

  private StaxReader() {}

  /**
   * Calls {@code start} at each start tag with its depth (root 0) and {@code end} at each end tag;
   * returns the reason the file is not well-formed, or empty.
   */
  static java.util.Optional<Finding> walk(Path file, String name, StartTag start, EndTag end) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = factory.createXMLStreamReader(in);
      int depth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamReader.START_ELEMENT) {
          start.visit(r, depth);
          // the visitor may have read the element's text, ending on its end tag
          if (r.getEventType() == XMLStreamReader.START_ELEMENT) {
            depth++;
          } else {
            end.visit(r, depth);
          }
        } else if (event == XMLStreamReader.END_ELEMENT) {
          depth--;
          end.visit(r, depth);
        }
      }
      return java.util.Optional.empty();
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      return java.util.Optional.of(
          Finding.error(
              name,
              at == null ? 0 : Math.max(0, at.getLineNumber()),
              at == null ? 0 : Math.max(0, at.getColumnNumber()),
              "not well-formed XML: "
                  + e.getMessage()
                      .replaceFirst("(?s)^ParseError at \\[[^]]*\\]\\s*Message: ", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static int line(XMLStreamReader r) {
    return Math.max(0, r.getLocation().getLineNumber());
  }

  static int column(XMLStreamReader r) {
    return Math.max(0, r.getLocation().getColumnNumber());
  }
}
