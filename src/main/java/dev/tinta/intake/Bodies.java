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
   * A body up to this many times the limit is read to its end before the 413: a client sends its
   * whole body before it reads the answer, and a connection closed under it while it still sends is
   * reset, answer and all. A larger body is cut off with the connection.
   */
  private static final int DRAIN_FACTOR = 4;

  /**
   * The whole body.
   *
   * @throws Refusal 413 when it is longer than {@code max} bytes, 400 when it cannot be read
   */
  public static byte[] read(Request request, int max) throws Refusal {
    long declared = request.getLength();
    long drainLimit = (long) max * DRAIN_FACTOR;
    try (InputStream in = Content.Source.asInputStream(request)) {
      if (declared > max) {
        if (declared <= drainLimit) {
          drain(in, declared);
        }
        throw tooLarge(max);
      }
      byte[] body = in.readNBytes(max + 1);
      if (body.length > max) {
        drain(in, drainLimit - body.length);
        throw tooLarge(max);
      }
      return body;
    } catch (IOException e) {
      throw Refusal.badRequest("the body could not be read");
    }
  }

  /** Reads and drops up to {@code n} bytes; a body that ends early or breaks off ends it. */
  private static void drain(InputStream in, long n) {
    try {
      long left = n;
      while (left > 0) {
        long skipped = in.skip(left);
        if (skipped <= 0) {
          if (in.read() < 0) {
            return;
          }
          skipped = 1;
        }
        left -= skipped;
      }
    } catch (IOException e) {
      // the 413 is the answer either way
    }
  }

  private static Refusal tooLarge(int max) {
    return new Refusal(413, "the body is over " + max + " bytes");
  }
}
