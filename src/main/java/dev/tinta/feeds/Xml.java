package dev.tinta.feeds;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A small XML writer over StAX: correct escaping, one element a line, UTF-8. */
final class Xml {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
  private final XMLStreamWriter out;

  Xml() {
    try {
      out = FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      out.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      out.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  Xml start(String name, String... attributes) {
    try {
      out.writeStartElement(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        out.writeAttribute(attributes[i], attributes[i + 1]);
      }
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  Xml end() {
    try {
      out.writeEndElement();
      out.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  Xml text(String name, String text, String... attributes) {
    start(name, attributes);
    try {
      out.writeCharacters(text);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return end();
  }

  Xml empty(String name, String... attributes) {
    try {
      out.writeEmptyElement(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        out.writeAttribute(attributes[i], attributes[i + 1]);
      }
      out.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  Xml newline() {
    try {
      out.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }

  byte[] bytes() {
    try {
      out.writeEndDocument();
      out.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
