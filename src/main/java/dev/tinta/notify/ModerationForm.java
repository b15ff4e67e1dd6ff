package dev.tinta.notify;

import dev.tinta.model.CommentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The POST of a moderation page's form: where it comes from, and the one {@code action} it carries.
 */
final class ModerationForm {
  private static final int MAX_FORM = 256;

  private ModerationForm() {}

  /** The form's {@code action}, read within {@link #MAX_FORM} bytes. */
  static Optional<CommentStatus> action(Request request) {
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        || request.getLength() > MAX_FORM) {
      return Optional.empty();
    }
    String body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] bytes = in.readNBytes(MAX_FORM + 1);
      if (bytes.length > MAX_FORM) {
        return Optional.empty();
      }
      body = new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    Optional<CommentStatus> out = Optional.empty();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (name.equals("action")) {
        String value;
        try {
          value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          return Optional.empty();
        }
        if (out.isPresent()) {
          return Optional.empty();
        }
        out =
            switch (value) {
              case "approve" -> Optional.of(CommentStatus.APPROVED);
              case "spam" -> Optional.of(CommentStatus.SPAM);
              case "reject" -> Optional.of(CommentStatus.REJECTED);
              default -> Optional.empty();
            };
        if (out.isEmpty()) {
          return out;
        }
      }
    }
    return out;
  }

  /**
   * A browser's POST must come from this server's own pages: an {@code Origin} (or {@code
   * Sec-Fetch-Site}) of another site is refused. Without either, the client is no browser page.
   */
  static boolean sameOrigin(Request request, String base) {
    String site = request.getHeaders().get("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      return false;
    }
    String origin = request.getHeaders().get(HttpHeader.ORIGIN);
    if (origin == null) {
      return true;
    }
    String o = origin.strip().toLowerCase(Locale.ROOT);
    if (!base.equals("/") && o.equals(origin(URI.create(base)))) {
      return true;
    }
    String host = request.getHeaders().get(HttpHeader.HOST);
    try {
      URI u = new URI(o);
      return host != null
          && u.getRawAuthority() != null
          && u.getRawAuthority().equalsIgnoreCase(host.strip());
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }

  private static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port);
  }
}
