package dev.tinta.images;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The size an SVG file gives itself on its root element: {@code width} and {@code height} in pixels
 * (plain numbers or {@code px}), or one of them and the {@code viewBox}'s proportions. Only the
 * root element is read; DTDs and external entities are never loaded.
 */
final class SvgSize {
  private static final Pattern PIXELS = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*(px)?\\s*");

  private SvgSize() {}

  /**
   * The displayed size, or empty when the file sets none in pixels (a percentage, another unit, or
   * a {@code viewBox} alone: the browser then sizes the image from the page's layout).
   *
   * @throws BadImageException when the file is not XML with an {@code svg} root element
   */
  static Optional<int[]> of(byte[] bytes) throws BadImageException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            if (!xml.getLocalName().equals("svg")) {
              throw new BadImageException(
                  "is not an SVG image: its root element is <" + xml.getLocalName() + ">",
                  "an SVG file starts with <svg xmlns=\"http://www.w3.org/2000/svg\" ...>");
            }
            return size(
                xml.getAttributeValue(null, "width"),
                xml.getAttributeValue(null, "height"),
                xml.getAttributeValue(null, "viewBox"));
          }
        }
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw new BadImageException(
          "is not a well-formed SVG file: " + reason(e),
          "open it in an SVG editor and save it again");
    }
    throw new BadImageException("is an empty SVG file", "an SVG file needs an <svg> element");
  }

  static Optional<int[]> size(String width, String height, String viewBox) {
    Optional<Double> w = pixels(width);
    Optional<Double> h = pixels(height);
    Optional<double[]> box = viewBox(viewBox);
    if (w.isPresent() && h.isPresent()) {
      return rounded(w.get(), h.get());
    }
    if (box.isPresent() && w.isPresent() && width != null && height == null) {
      return rounded(w.get(), w.get() * box.get()[1] / box.get()[0]);
    }
    if (box.isPresent() && h.isPresent() && height != null && width == null) {
      return rounded(h.get() * box.get()[0] / box.get()[1], h.get());
    }
    return Optional.empty();
  }

  private static Optional<int[]> rounded(double w, double h) {
    int width = (int) Math.round(w);
    int height = (int) Math.round(h);
    return width > 0 && height > 0 ? Optional.of(new int[] {width, height}) : Optional.empty();
  }

  private static Optional<Double> pixels(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = PIXELS.matcher(value.toLowerCase(Locale.ROOT));
    return m.matches() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
  }

  private static Optional<double[]> viewBox(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.trim().split("[\\s,]+");
    if (parts.length != 4) {
      return Optional.empty();
    }
    try {
      double w = Double.parseDouble(parts[2]);
      double h = Double.parseDouble(parts[3]);
      return w > 0 && h > 0 ? Optional.of(new double[] {w, h}) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The parser's message without its "ParseError at" prefix, after the position. */
  private static String reason(XMLStreamException e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    int at = m.indexOf("Message: ");
    String text = at < 0 ? m : m.substring(at + "Message: ".length()).strip();
    var where = e.getLocation();
    return where == null
        ? text
        : "line " + where.getLineNumber() + ", column " + where.getColumnNumber() + ": " + text;
  }
}
