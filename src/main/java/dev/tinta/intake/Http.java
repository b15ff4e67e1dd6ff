package dev.tinta.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writing whole responses: HTML pages, JSON objects, short plain-text reasons, redirects. */
public final class Http {
  public static final String HTML = "text/html; charset=utf-8";
  static final String JSON_TYPE = "application/json";
  public static final String TEXT = "text/plain; charset=utf-8";

  private static final JsonFactory JSON = new JsonFactory();

  private Http() {}

  public static void send(
      Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * A refusal of a request whose body was not (wholly) read. The connection closes after it, as
   * after every request with a body ({@link SecurityHeaders}), so a client does not send its next
   * request into the unread rest.
   */
  public static void refuse(Response response, Callback callback, Refusal refusal) {
    text(response, callback, refusal.status(), refusal.getMessage());
  }

  /** A short reason in plain text, for clients that are not people reading a page. */
  public static void text(Response response, Callback callback, int status, String reason) {
    send(response, callback, status, TEXT, (reason + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A JSON object of strings and nested objects of strings.
   *
   * @param fields values are String or Map of String to String, in the map's order
   */
  static void json(Response response, Callback callback, int status, Map<String, ?> fields) {
    send(response, callback, status, JSON_TYPE, json(fields));
  }

  static byte[] json(Map<String, ?> fields) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      write(g, fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(JsonGenerator g, Map<String, ?> fields) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, ?> e : fields.entrySet()) {
      g.writeFieldName(e.getKey());
      if (e.getValue() instanceof Map<?, ?> nested) {
        @SuppressWarnings("unchecked")
        Map<String, ?> inner = (Map<String, ?>) nested;
        write(g, inner);
      } else {
        g.writeString(String.valueOf(e.getValue()));
      }
    }
    g.writeEndObject();
  }

  /** An ordered JSON object from alternating names and values. */
  static Map<String, Object> fields(Object... namesAndValues) {
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      out.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return out;
  }

  /** 303 See Other to a path of this server: after a POST, the browser GETs the page. */
  public static void seeOther(Response response, Callback callback, String location) {
    response.setStatus(303);
    response.getHeaders().put(HttpHeader.LOCATION, location);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
    response.write(true, ByteBuffer.allocate(0), callback);
  }

  /** 405 with the methods the path takes. */
  public static void methodNotAllowed(Response response, Callback callback, String allow) {
    response.getHeaders().put(HttpHeader.ALLOW, allow);
    text(response, callback, 405, "method not allowed; use " + allow);
  }
}
