package dev.tinta.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as given, over a plain socket: no client library normalizes it
 * ({@code ../}, backslashes and the like reach the server as written).
 */
final class RawHttp {
  /** A parsed response: status, the header block, and body. */
  record Response(int status, String headers, String body) {
    /** The value of header {@code name}, or empty. */
    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
          return line.substring(colon + 1).strip();
        }
      }
      return "";
    }
  }

  private RawHttp() {}

  /** Sends {@code METHOD target HTTP/1.1} with {@code Connection: close} and reads the answer. */
  static Response send(InetSocketAddress server, String method, String target) {
    try (Socket socket = new Socket(server.getAddress(), server.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String request =
          method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + "Connection: close\r\n\r\n";
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      String statusLine = head.split("\r\n", 2)[0];
      int status = Integer.parseInt(statusLine.split(" ")[1]);
      return new Response(status, head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
