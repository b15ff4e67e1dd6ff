package dev.tinta.intake;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Which web origins may use the server. A POST carrying an {@code Origin} of another site is
 * refused (a page elsewhere cannot post in a reader's name); the site's own origin (from {@code
 * base_url}) gets CORS headers, so the script on its post pages can fetch tokens and post; no other
 * origin does.
 */
final class Origins {
  private final String site;
  private final String server;

  /**
   * @param siteUrl the site's {@code base_url}
   * @param endpoint the server's public URL, or "" when not configured
   */
  Origins(URI siteUrl, String endpoint) {
    this.site = origin(siteUrl).orElseThrow();
    this.server = endpoint.isEmpty() ? "" : origin(URI.create(endpoint)).orElse("");
  }

  /** Whether a state-changing request may come from where it says it comes from. */
  boolean mayPost(Request request) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) {
      // not sent by a browser page (curl, a script): there is no reader's session to abuse
      return true;
    }
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (o.equals(site) || (!server.isEmpty() && o.equals(server))) {
      return true;
    }
    // the server's own pages, reached under whatever name the browser used
    String host = request.getHeaders().get(HttpHeader.HOST);
    Optional<URI> uri = parse(o);
    return host != null
        && uri.isPresent()
        && uri.get().getRawAuthority() != null
        && uri.get().getRawAuthority().equalsIgnoreCase(host.strip());
  }

  /** Lets the site's own pages read this response. */
  void allowSite(Request request, Response response) {
    response.getHeaders().add(HttpHeader.VARY, "Origin");
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin != null && origin.strip().toLowerCase(Locale.ROOT).equals(site)) {
      response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, site);
    }
  }

  /**
   * Answers a CORS preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}): 204 for
   * the site's origin asking for GET or POST, 403 for any other origin.
   *
   * @return false when the request is no preflight (the caller answers 405)
   */
  boolean preflight(Request request, Response response, Callback callback) {
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    String method = request.getHeaders().get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
    if (!"OPTIONS".equals(request.getMethod()) || origin == null || method == null) {
      return false;
    }
    response.getHeaders().add(HttpHeader.VARY, "Origin");
    if (!origin.strip().toLowerCase(Locale.ROOT).equals(site)
        || !(method.equals("GET") || method.equals("POST"))) {
      Http.text(response, callback, 403, "cross-origin request refused");
      return true;
    }
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, site);
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, "GET, POST");
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type");
    response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, 600);
    response.setStatus(204);
    response.write(true, java.nio.ByteBuffer.allocate(0), callback);
    return true;
  }

  String site() {
    return site;
  }

  /** {@code scheme://host[:port]}, lower case, default ports left out (RFC 6454). */
  static Optional<String> origin(URI uri) {
    if (uri.getScheme() == null || uri.getHost() == null) {
      return Optional.empty();
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return Optional.of(
        scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
  }

  private static Optional<URI> parse(String origin) {
    try {
      return Optional.of(new URI(origin));
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }
}
