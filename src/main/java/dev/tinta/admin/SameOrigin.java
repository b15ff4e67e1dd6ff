package dev.tinta.admin;

import java.net.URI;
import java.net.URISyntaxException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Whether a POST comes from the moderation pages themselves. Browsers say where a request comes
 * from: {@code Sec-Fetch-Site} must be {@code same-origin} (or {@code none}, typed by hand), and an
 * {@code Origin} must name this server as the browser reached it (its {@code Host}). A request
 * without either is not from a browser page, and still needs the session's CSRF token.
 */
final class SameOrigin {
  private SameOrigin() {}

  /** The origin ({@code scheme://host[:port]}) of an endpoint URL, or "" when there is none. */
  static String of(String endpoint) {
    if (endpoint.isEmpty()) {
      return "";
    }
    URI u = URI.create(endpoint);
    if (u.getScheme() == null || u.getRawAuthority() == null) {
      return "";
    }
    return u.getScheme() + "://" + u.getRawAuthority();
  }

  /**
   * @param endpoint the origin of {@code comments.endpoint} ({@code https://host[:port]}), or ""
   */
  static boolean check(Request request, String endpoint) {
    String fetchSite = request.getHeaders().get("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return false;
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) {
      return true;
    }
    if (!endpoint.isEmpty() && origin.strip().equalsIgnoreCase(endpoint)) {
      return true;
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    try {
      URI o = new URI(origin.strip());
      return host != null
          && o.getScheme() != null
          && o.getRawAuthority() != null
          && o.getRawAuthority().equalsIgnoreCase(host.strip());
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
