package dev.tinta.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** Reads a request body within the size limit, and tells form posts from JSON posts. */
public final class Bodies {
  /** The two body types the server takes. */
  enum Kind {
    FORM,
    JSON
  }

  private Bodies() {}

  /**
   * The kind of the request's body by its {@code Content-Type}.
   *
   * @throws Refusal 415 for any other type, or a charset other than UTF-8
   */
  static Kind kind(Request request) throws Refusal {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null) {
      throw new Refusal(415, "send application/x-www-form-urlencoded or application/json");
    }
    String[] parts = type.toLowerCase(Locale.ROOT).split(";");
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip();
      if (p.startsWith("charset=") && !p.replace("\"", "").equals("charset=utf-8")) {
        throw new Refusal(415, "only UTF-8 is taken");
      }
    }
    return switch (parts[0].strip()) {
      case "application/x-www-form-urlencoded" -> Kind.FORM;
      case "application/json" -> Kind.JSON;
      default ->
          throw new Refusal(415, "send application/x-www-form-urlencoded or application/json");
    };
  }

  /**
   * The whole body.
   *
   * @throws Refusal 413 when it is longer than {@code max} bytes, 400 when it cannot be read
   */
  public static byte[] read(Request request, int max) throws Refusal {
    long declared = request.getLength();
    if (declared > max) {
      throw new Refusal(413, "the body is over " + max + " bytes");
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes(max + 1);
      if (body.length > max) {
        throw new Refusal(413, "the body is over " + max + " bytes");
      }
      return body;
    } catch (IOException e) {
      throw Refusal.badRequest("the body could not be read");
    }
  }
}
