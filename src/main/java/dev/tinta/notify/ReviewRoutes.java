package dev.tinta.notify;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /admin/m/{token}}, the page a mail's signed link opens. {@code GET} shows the comment the
 * token names with its buttons; only {@code POST} with {@code action=approve|spam|reject} changes
 * it, so a mail scanner that follows every link changes nothing, and answers 303 to the page again,
 * whose {@code ?done=} names the change for a notice. An altered or expired link is a 403 page.
 */
final class ReviewRoutes {
  static final String PREFIX = "/admin/m/";

  private final LinkTokens links;
  private final CommentModerator moderator;
  private final WaitingComments waiting;
  private final ModerationPage pages;
  private final String base;
  private final String serverRoot;
  private final Consumer<String> log;
  private final Runnable onChange;

  /**
   * @param base the server's public address, ending in a slash ("/" when unknown)
   * @param serverRoot the server's path without its final slash ("" at the root)
   * @param onChange run after each status change (publish on approval)
   */
  ReviewRoutes(
      LinkTokens links,
      CommentModerator moderator,
      WaitingComments waiting,
      ModerationPage pages,
      String base,
      String serverRoot,
      Consumer<String> log,
      Runnable onChange) {
    this.links = links;
    this.moderator = moderator;
    this.waiting = waiting;
    this.pages = pages;
    this.base = base;
    this.serverRoot = serverRoot;
    this.log = log;
    this.onChange = onChange;
  }

  /** Whether {@code path} is a link's page: the prefix and one more segment. */
  static boolean matches(String path) {
    return path.startsWith(PREFIX)
        && path.length() > PREFIX.length()
        && path.indexOf('/', PREFIX.length()) < 0;
  }

  void handle(Request request, Response response, Callback callback, String path) {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("POST")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
      Responses.text(response, callback, 405, "method not allowed; use GET or POST");
      return;
    }
    Optional<CommentRef> ref = links.verify(path.substring(PREFIX.length()));
    if (ref.isEmpty()) {
      Responses.html(response, callback, 403, pages.refused());
    } else if (method.equals("POST")) {
      act(request, response, callback, ref.get(), path);
    } else {
      show(response, callback, ref.get(), path, done(request));
    }
  }

  /**
   * The status a button just set, named by the query of the page its POST leads to ({@code
   * ?done=approved}): only for the notice.
   */
  private static Optional<CommentStatus> done(Request request) {
    try {
      String word =
          Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("done");
      return Optional.ofNullable(word)
          .flatMap(CommentStatus::of)
          .filter(s -> s != CommentStatus.PENDING);
    } catch (RuntimeException e) {
      // a query that does not decode: no notice
      return Optional.empty();
    }
  }

  private void show(
      Response response,
      Callback callback,
      CommentRef ref,
      String path,
      Optional<CommentStatus> done) {
    Optional<Comment> comment;
    try {
      comment = find(ref);
    } catch (SiteException e) {
      unavailable(response, callback, e);
      return;
    }
    if (comment.isEmpty()) {
      Responses.html(response, callback, 404, pages.gone());
      return;
    }
    Responses.html(
        response, callback, 200, pages.comment(waiting.of(comment.get()), serverRoot + path, done));
  }

  private void act(
      Request request, Response response, Callback callback, CommentRef ref, String path) {
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    if (!ModerationForm.sameOrigin(request, base)) {
      Responses.text(response, callback, 403, "cross-origin request refused");
      return;
    }
    Optional<CommentStatus> status = ModerationForm.action(request);
    if (status.isEmpty()) {
      Responses.text(response, callback, 400, "send action=approve, spam or reject as a form");
      return;
    }
    String location = serverRoot + path;
    try {
      if (find(ref).isEmpty()) {
        Responses.html(response, callback, 404, pages.gone());
        return;
      }
      var change = moderator.setStatus(List.of(ref), status.get()).get(0);
      log.accept(
          "moderated "
              + ref
              + " from a mail link: "
              + change.from().word()
              + " -> "
              + change.to().word());
      if (change.changed()) {
        onChange.run();
        location += "?done=" + change.to().word();
      }
    } catch (SiteException e) {
      unavailable(response, callback, e);
      return;
    }
    response.setStatus(303);
    response.getHeaders().put(HttpHeader.LOCATION, location);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0);
    response.write(true, ByteBuffer.allocate(0), callback);
  }

  private Optional<Comment> find(CommentRef ref) {
    return moderator.comments(ref.postSlug()).stream()
        .filter(c -> c.id().equals(ref.id()))
        .findFirst();
  }

  private void unavailable(Response response, Callback callback, SiteException e) {
    e.problems().stream().map(Problem::format).forEach(log);
    Responses.unavailable(response, callback, pages.unavailable());
  }
}
