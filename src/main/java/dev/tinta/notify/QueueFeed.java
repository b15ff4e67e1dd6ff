package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The private Atom feed (RFC 4287) of the pending queue, newest first: each entry's link is a
 * signed moderation link, its content the body as the site would render it (sanitized HTML, sent
 * escaped as {@code type="html"}). Text goes through an XML writer, and characters XML 1.0 cannot
 * hold are dropped, so no field can add markup to the feed.
 */
final class QueueFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private final CommentBodies bodies;

  QueueFeed(CommentBodies bodies) {
    this.bodies = bodies;
  }

  /**
   * The feed's bytes.
   *
   * @param id the feed's permanent IRI
   * @param queue where the whole queue is seen
   * @param now the feed's time when the queue is empty
   */
  byte[] render(String title, String id, String queue, List<Waiting> waiting, Instant now) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      text(x, "title", title);
      text(x, "id", id);
      Instant updated =
          waiting.stream()
              .map(w -> w.comment().date().toInstant())
              .max(Instant::compareTo)
              .orElse(now);
      text(x, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
      link(x, queue);
      for (Waiting w : waiting) {
        x.writeStartElement("entry");
        text(
            x,
            "title",
            PlainText.line(w.comment().author()) + " on " + PlainText.line(w.postTitle()));
        String base = w.postUrl().isEmpty() ? id : w.postUrl();
        text(x, "id", base + "#" + w.comment().id());
        text(
            x,
            "updated",
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w.comment().date().toOffsetDateTime()));
        x.writeStartElement("author");
        text(x, "name", PlainText.line(w.comment().author()));
        x.writeEndElement();
        link(x, w.review());
        x.writeStartElement("content");
        x.writeAttribute("type", "html");
        x.writeCharacters(xmlChars(bodies.html(w.comment().body())));
        x.writeEndElement();
        x.writeEndElement();
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the queue feed", e);
    }
    return out.toByteArray();
  }

  private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(xmlChars(value));
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String href) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", "alternate");
    x.writeAttribute("href", xmlChars(href));
  }

  /** Only the characters XML 1.0 allows (§2.2). */
  static String xmlChars(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
