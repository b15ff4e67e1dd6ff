package dev.tinta.notify;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Whole responses of the notification routes: pages, feeds, short plain-text reasons. */
final class Responses {
  private Responses() {}

  static void html(Response response, Callback callback, int status, byte[] body) {
    send(response, callback, status, "text/html; charset=utf-8", body);
  }

  static void text(Response response, Callback callback, int status, String reason) {
    send(
        response,
        callback,
        status,
        "text/plain; charset=utf-8",
        (reason + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** A 503 page: the comments cannot be read now; worth trying again in a minute. */
  static void unavailable(Response response, Callback callback, byte[] page) {
    response.getHeaders().put(HttpHeader.RETRY_AFTER, 60);
    html(response, callback, 503, page);
  }

  static void send(Response response, Callback callback, int status, String type, byte[] body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
