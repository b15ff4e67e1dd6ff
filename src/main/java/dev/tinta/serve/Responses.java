package dev.tinta.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Sends whole responses with the headers every dev-server response carries. */
final class Responses {
  private Responses() {}

  /**
   * Sends {@code body} with {@code status} and {@code contentType}; for {@code HEAD}, only the
   * headers, with the length the body would have.
   */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", contentType);
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    if ("HEAD".equals(exchange.getRequestMethod())) {
      // HttpServer wants -1 for HEAD and leaves Content-Length to us
      headers.set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Sends a short plain-text message. */
  static void plain(HttpExchange exchange, int status, String message) throws IOException {
    send(
        exchange,
        status,
        "text/plain; charset=utf-8",
        (message + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a redirect without a body. */
  static void redirect(HttpExchange exchange, int status, String location) throws IOException {
    exchange.getResponseHeaders().set("Location", location);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(status, -1);
  }
}
