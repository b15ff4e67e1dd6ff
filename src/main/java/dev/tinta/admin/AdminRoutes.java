package dev.tinta.admin;

import dev.tinta.comments.CommentModerator;
import dev.tinta.intake.Http;
import dev.tinta.intake.RouteGroup;
import dev.tinta.intake.ServerParts;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.SiteException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The moderation pages under {@code /admin}. Without a live session every GET shows the sign-in
 * page (never data) and every POST but the sign-in is refused. With one: {@code GET /admin[?status=
 * S]} (a view), {@code GET /admin/c/{slug}/{id}} (a comment, with forms to edit it and reply), and
 * POSTs that change comments, each checked for the session's CSRF token and a same-origin {@code
 * Origin} ({@link AdminActions}).
 */
public final class AdminRoutes extends Handler.Abstract {
  private static final Pattern COMMENT =
      Pattern.compile("/admin/c/([^/]+)/([A-Za-z0-9][A-Za-z0-9_-]{0,63})");

  private final AdminPages pages;
  private final AdminViews views;
  private final SignIn signIn;
  private final AdminActions actions;
  private final Supplier<Optional<String>> publishProblem;

  private AdminRoutes(
      AdminPages pages,
      AdminViews views,
      SignIn signIn,
      AdminActions actions,
      Supplier<Optional<String>> publishProblem) {
    this.pages = pages;
    this.views = views;
    this.signIn = signIn;
    this.actions = actions;
    this.publishProblem = publishProblem;
  }

  /**
   * The route group for {@link dev.tinta.intake.IntakeServer#start}.
   *
   * @param token the admin token
   * @param publishProblem why the last publish failed, if it did
   */
  public static RouteGroup group(AdminToken token, Supplier<Optional<String>> publishProblem) {
    return parts -> create(parts, token, publishProblem);
  }

  static AdminRoutes create(
      ServerParts parts, AdminToken token, Supplier<Optional<String>> publishProblem) {
    AdminPages pages = new AdminPages(parts.templates(), parts.config(), parts.serverRoot());
    CommentModerator moderator = parts.moderator();
    AdminViews views = new AdminViews(moderator, parts.posts(), pages.admin());
    Sessions sessions = new Sessions(parts.clock());
    Cookies cookies = new Cookies(pages.admin(), parts.trustProxy());
    SignIn signIn =
        new SignIn(
            token,
            sessions,
            new SignInLimiter(parts.clock()),
            cookies,
            pages,
            parts.trustProxy(),
            parts.maxBodyBytes(),
            parts.log(),
            SameOrigin.of(parts.config().comments().endpoint()));
    AdminActions actions = new AdminActions(moderator, views, pages, parts.listener(), parts.log());
    return new AdminRoutes(pages, views, signIn, actions, publishProblem);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!path.equals("/admin") && !path.startsWith("/admin/")) {
      return false;
    }
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      Http.methodNotAllowed(response, callback, "GET, POST");
      return true;
    }
    if (path.equals("/admin/signin")) {
      signIn.handle(request, response, callback);
      return true;
    }
    Optional<Sessions.Session> session = signIn.session(request);
    if (session.isEmpty()) {
      if (method.equals("GET")) {
        signIn.page(request, response, callback, 200, "");
      } else {
        Http.text(response, callback, 403, "sign in first");
      }
      return true;
    }
    Sessions.Session s = session.get();
    if (method.equals("POST")) {
      Optional<AdminForm> form = signIn.checkedForm(request, response, callback, s);
      if (form.isPresent()) {
        if (path.equals("/admin/signout")) {
          signIn.signOut(request, response, callback, s);
        } else {
          actions.handle(path, form.get(), s, response, callback);
        }
      }
      return true;
    }
    Matcher m = COMMENT.matcher(path);
    if (path.equals("/admin") || path.equals("/admin/")) {
      queue(request, response, callback, s);
    } else if (m.matches()) {
      comment(response, callback, s, m.group(1), m.group(2));
    } else {
      Http.send(
          response,
          callback,
          404,
          Http.HTML,
          pages.message(s.csrf(), pages.text("admin_not_found")));
    }
    return true;
  }

  private void queue(Request request, Response response, Callback callback, Sessions.Session s) {
    Fields query = Request.extractQueryParameters(request);
    String word = query.getValue("status") == null ? "pending" : query.getValue("status");
    Optional<CommentStatus> status = CommentStatus.of(word);
    if (status.isEmpty()) {
      Http.send(
          response,
          callback,
          404,
          Http.HTML,
          pages.message(s.csrf(), pages.text("admin_not_found")));
      return;
    }
    String problem = publishProblem.get().orElse("");
    try {
      AdminViews.View view = views.of(status.get());
      Http.send(
          response,
          callback,
          200,
          Http.HTML,
          pages.queue(s.csrf(), status.get().word(), view, s.takeNotice(), problem));
    } catch (SiteException e) {
      Http.send(
          response, callback, 503, Http.HTML, pages.message(s.csrf(), AdminActions.describe(e)));
    }
  }

  private void comment(
      Response response, Callback callback, Sessions.Session s, String slug, String id) {
    try {
      Optional<AdminComment> c = views.one(slug, id);
      if (c.isEmpty()) {
        Http.send(
            response,
            callback,
            404,
            Http.HTML,
            pages.message(s.csrf(), pages.text("admin_not_found")));
        return;
      }
      AdminViews.View view = views.of(CommentStatus.of(c.get().status()).orElseThrow());
      Http.send(
          response,
          callback,
          200,
          Http.HTML,
          pages.comment(s.csrf(), c.get(), view.tabs(), publishProblem.get().orElse("")));
    } catch (SiteException e) {
      Http.send(
          response, callback, 503, Http.HTML, pages.message(s.csrf(), AdminActions.describe(e)));
    }
  }
}
