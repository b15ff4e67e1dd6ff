package dev.tinta.intake;

import java.nio.charset.StandardCharsets;

/** URL paths of the server's routes. */
final class Paths {
  private Paths() {}

  /** A path segment, percent-encoded as UTF-8 (RFC 3986 unreserved characters stay). */
  static String segment(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append(c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

  /** The path part of an endpoint URL without its final slash: "" for a server at the root. */
  static String root(String endpoint) {
    if (endpoint.isEmpty()) {
      return "";
    }
    String path = java.net.URI.create(endpoint).getRawPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
