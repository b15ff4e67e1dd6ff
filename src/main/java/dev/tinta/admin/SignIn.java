package dev.tinta.admin;

import dev.tinta.intake.Bodies;
import dev.tinta.intake.ClientNetwork;
import dev.tinta.intake.FieldReader;
import dev.tinta.intake.Http;
import dev.tinta.intake.Refusal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Signing in and out, and the checks every POST of the moderation pages passes: same origin, a form
 * body within the size limit, and the right CSRF token (the session's, or before sign-in the HMAC
 * of the visitor id). Five wrong tokens a minute from one client network, and that network gets 429
 * until the minute has passed.
 */
final class SignIn {
  private final AdminToken token;
  private final Sessions sessions;
  private final SignInLimiter limiter;
  private final Cookies cookies;
  private final AdminPages pages;
  private final boolean trustProxy;
  private final int maxBody;
  private final Consumer<String> log;
  private final String endpointOrigin;

  SignIn(
      AdminToken token,
      Sessions sessions,
      SignInLimiter limiter,
      Cookies cookies,
      AdminPages pages,
      boolean trustProxy,
      int maxBody,
      Consumer<String> log,
      String endpointOrigin) {
    this.token = token;
    this.sessions = sessions;
    this.limiter = limiter;
    this.cookies = cookies;
    this.pages = pages;
    this.trustProxy = trustProxy;
    this.maxBody = maxBody;
    this.log = log;
    this.endpointOrigin = endpointOrigin;
  }

  /** The live session the request's cookie names. */
  Optional<Sessions.Session> session(Request request) {
    return cookies.read(request).flatMap(sessions::find);
  }

  /**
   * {@code /admin/signin}: GET shows the form (or goes to the queue when signed in), POST signs in.
   */
  void handle(Request request, Response response, Callback callback) {
    if (request.getMethod().equals("GET")) {
      if (session(request).isPresent()) {
        Http.seeOther(response, callback, pages.admin());
      } else {
        page(request, response, callback, 200, "");
      }
      return;
    }
    String network = ClientNetwork.of(request, trustProxy).key();
    Optional<Duration> wait = limiter.wait(network);
    if (wait.isPresent()) {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, wait.get().toSeconds());
      page(request, response, callback, 429, pages.text("admin_signin_wait"));
      return;
    }
    Optional<String> visitor = cookies.read(request);
    Optional<AdminForm> form = form(request, response, callback);
    if (form.isEmpty()) {
      return;
    }
    if (visitor.isEmpty()
        || !Sessions.same(sessions.visitorCsrf(visitor.get()), form.get().value("csrf"))) {
      page(request, response, callback, 403, pages.text("admin_form_expired"));
      return;
    }
    if (!token.matches(form.get().value("token"))) {
      limiter.failed(network);
      log.accept("admin: a wrong token was sent from network " + network);
      page(request, response, callback, 403, pages.text("admin_signin_wrong"));
      return;
    }
    // a new id at sign-in: an id planted before it (session fixation) never becomes a session
    Sessions.Session s = sessions.create();
    cookies.set(request, response, s.id(), Optional.of(Sessions.LENGTH));
    Http.seeOther(response, callback, pages.admin());
  }

  /** The sign-in page, keeping the visitor's id when it has one (so two tabs both work). */
  void page(Request request, Response response, Callback callback, int status, String error) {
    String visitor = cookies.read(request).orElseGet(sessions::visitorId);
    cookies.set(request, response, visitor, Optional.empty());
    Http.send(
        response, callback, status, Http.HTML, pages.signIn(sessions.visitorCsrf(visitor), error));
  }

  /**
   * The form of a signed-in POST, once its origin, body and CSRF token passed; otherwise the
   * refusal is sent and the result is empty.
   */
  Optional<AdminForm> checkedForm(
      Request request, Response response, Callback callback, Sessions.Session session) {
    Optional<AdminForm> form = form(request, response, callback);
    if (form.isPresent() && !Sessions.same(session.csrf(), form.get().value("csrf"))) {
      Http.text(response, callback, 403, "missing or wrong csrf token; reload the page");
      return Optional.empty();
    }
    return form;
  }

  /** Ends the session and tells the browser to forget its cookie. */
  void signOut(Request request, Response response, Callback callback, Sessions.Session session) {
    sessions.remove(session.id());
    cookies.clear(request, response);
    Http.seeOther(response, callback, pages.admin());
  }

  private Optional<AdminForm> form(Request request, Response response, Callback callback) {
    if (!SameOrigin.check(request, endpointOrigin)) {
      Http.text(response, callback, 403, "cross-site request refused");
      return Optional.empty();
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    String base = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
    try {
      if (!base.equals("application/x-www-form-urlencoded")) {
        throw new Refusal(415, "send application/x-www-form-urlencoded");
      }
      return Optional.of(new AdminForm(FieldReader.pairs(Bodies.read(request, maxBody))));
    } catch (Refusal r) {
      Http.refuse(response, callback, r);
      return Optional.empty();
    }
  }
}
