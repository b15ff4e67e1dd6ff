package dev.tinta.quality;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import com.thaiopensource.validate.rng.CompactSchemaReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates an XML file against a schema of {@code src/test/resources/schemas/}: RELAX NG compact
 * ({@code .rnc}) with jing, W3C XML Schema ({@code .xsd}) with {@code javax.xml.validation}. Schema
 * errors and well-formedness errors become findings at their line and column.
 */
final class XmlSchemas {
  private XmlSchemas() {}

  /** Validates {@code file} (shown as {@code name}) against {@code schemas/<schema>}. */
  static List<Finding> validate(Path file, String name, String schema) {
    Collector errors = new Collector(name, schema);
    URL url = XmlSchemas.class.getResource("/schemas/" + schema);
    if (url == null) {
      throw new IllegalStateException("no schema " + schema);
    }
    try {
      if (schema.endsWith(".rnc")) {
        PropertyMapBuilder props = new PropertyMapBuilder();
        props.put(ValidateProperty.ERROR_HANDLER, errors);
        ValidationDriver jing =
            new ValidationDriver(props.toPropertyMap(), CompactSchemaReader.getInstance());
        if (!jing.loadSchema(new InputSource(url.toString()))) {
          throw new IllegalStateException("jing cannot load " + schema + ": " + errors.found);
        }
        jing.validate(new InputSource(file.toUri().toString()));
      } else {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // Offline: neither the schema nor the document may fetch anything.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema xsd = factory.newSchema(url);
        Validator validator = xsd.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setErrorHandler(errors);
        validator.validate(new StreamSource(file.toFile()));
      }
    } catch (SAXParseException e) {
      errors.add(e); // not well-formed: the validator stops at the first such error
    } catch (SAXException e) {
      throw new IllegalStateException("schema " + schema + " is unusable", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return errors.found;
  }

  private static final class Collector implements ErrorHandler {
    final List<Finding> found = new ArrayList<>();
    private final String name;
    private final String schema;

    Collector(String name, String schema) {
      this.name = name;
      this.schema = schema;
    }

    void add(SAXParseException e) {
      Finding f =
          Finding.error(
              name,
              Math.max(0, e.getLineNumber()),
              Math.max(0, e.getColumnNumber()),
              e.getMessage() + " [" + schema + "]");
      if (!found.contains(f)) {
        found.add(f);
      }
    }

    @Override
    public void warning(SAXParseException e) {
      found.add(
          Finding.warning(
              name,
              Math.max(0, e.getLineNumber()),
              Math.max(0, e.getColumnNumber()),
              e.getMessage() + " [" + schema + "]"));
    }

    @Override
    public void error(SAXParseException e) {
      add(e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      add(e);
      throw e;
    }
  }
}
