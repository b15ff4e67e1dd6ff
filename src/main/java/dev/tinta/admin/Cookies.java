package dev.tinta.admin;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * The one cookie of the moderation pages, {@code tinta_admin}: a visitor id before sign-in, the
 * session id after. Always {@code HttpOnly} (no script reads it), {@code SameSite=Strict} (no other
 * site's page sends it), limited to the admin path, and {@code Secure} when the request came over
 * HTTPS (directly, or through a trusted proxy on this machine that says so in {@code
 * X-Forwarded-Proto}).
 */
final class Cookies {
  static final String NAME = "tinta_admin";

  /** The ids this server makes: 32 bytes in unpadded base64url. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final String path;
  private final boolean trustProxy;

  Cookies(String path, boolean trustProxy) {
    this.path = path;
    this.trustProxy = trustProxy;
  }

  /** The cookie's value when it is one of ours in form (not necessarily a live session). */
  Optional<String> read(Request request) {
    for (HttpCookie c : Request.getCookies(request)) {
      if (c.getName().equals(NAME) && ID.matcher(c.getValue()).matches()) {
        return Optional.of(c.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Sets the cookie.
   *
   * @param maxAge empty: until the browser closes
   */
  void set(Request request, Response response, String value, Optional<Duration> maxAge) {
    StringBuilder c = new StringBuilder(NAME).append('=').append(value);
    c.append("; Path=").append(path.isEmpty() ? "/" : path);
    maxAge.ifPresent(d -> c.append("; Max-Age=").append(d.toSeconds()));
    c.append("; HttpOnly; SameSite=Strict");
    if (secure(request)) {
      c.append("; Secure");
    }
    response.getHeaders().add(HttpHeader.SET_COOKIE, c.toString());
  }

  /** Tells the browser to forget the cookie. */
  void clear(Request request, Response response) {
    set(request, response, "", Optional.of(Duration.ZERO));
  }

  /** Whether the browser reached us over HTTPS. */
  boolean secure(Request request) {
    if (request.isSecure()) {
      return true;
    }
    if (!trustProxy) {
      return false;
    }
    boolean loopback =
        request.getConnectionMetaData().getRemoteSocketAddress() instanceof InetSocketAddress a
            && a.getAddress() != null
            && a.getAddress().isLoopbackAddress();
    String proto = request.getHeaders().get(HttpHeader.X_FORWARDED_PROTO);
    return loopback && proto != null && proto.strip().equalsIgnoreCase("https");
  }
}
