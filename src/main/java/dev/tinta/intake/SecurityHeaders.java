package dev.tinta.intake;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the strict headers on every response of the server, whichever route answers, and answers 404
 * for paths no route takes. Nothing may frame the pages, load them from elsewhere, or guess their
 * types; pages leak no address when a reader follows a link out.
 */
final class SecurityHeaders extends Handler.Wrapper {
  static final String CSP =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private final HeaderDeadline deadline;

  SecurityHeaders(Handler routes, HeaderDeadline deadline) {
    super(routes);
    this.deadline = deadline;
  }

  static void apply(HttpFields.Mutable headers) {
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with the form
    // page's own POST, which the origin check must refuse
    headers.put("Referrer-Policy", "same-origin");
    headers.put("X-Frame-Options", "DENY");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    deadline.started(request);
    apply(response.getHeaders());
    if (hasBody(request)) {
      // a route may answer before reading the body (a refusal), and Jetty then closes the
      // connection after the answer without saying so when the rest has not arrived yet: a client
      // that reuses it sends its next request into a closed socket. Saying so up front costs a
      // connection per comment sent, which is rare.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }
    if (!super.handle(request, response, callback)) {
      Http.text(response, callback, 404, "not found");
    }
    return true;
  }

  private static boolean hasBody(Request request) {
    HttpFields headers = request.getHeaders();
    return headers.getLongField(HttpHeader.CONTENT_LENGTH) > 0
        || headers.contains(HttpHeader.TRANSFER_ENCODING);
  }
}
