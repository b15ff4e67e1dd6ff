package dev.tinta.intake;

import dev.tinta.comments.CommentBodies;
import dev.tinta.model.CommentSettings;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The JSON routes the post pages' script uses: {@code GET /api/token?slug=S[&parent=ID]} gives a
 * form token; {@code POST /api/preview} renders a body with the very renderer and sanitizer of the
 * site build. Both answer the site's own origin with CORS headers.
 */
final class ApiRoutes extends Handler.Abstract {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

  private final PostCatalog posts;
  private final FormTokens tokens;
  private final CommentBodies bodies;
  private final CommentSettings settings;
  private final Origins origins;
  private final int maxBody;

  ApiRoutes(
      PostCatalog posts,
      FormTokens tokens,
      CommentBodies bodies,
      CommentSettings settings,
      Origins origins,
      int maxBody) {
    this.posts = posts;
    this.tokens = tokens;
    this.bodies = bodies;
    this.settings = settings;
    this.origins = origins;
    this.maxBody = maxBody;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!path.equals("/api/token") && !path.equals("/api/preview")) {
      return false;
    }
    if (origins.preflight(request, response, callback)) {
      return true;
    }
    String allow = path.equals("/api/token") ? "GET" : "POST";
    if (!request.getMethod().equals(allow)) {
      Http.methodNotAllowed(response, callback, allow);
      return true;
    }
    origins.allowSite(request, response);
    if (allow.equals("GET")) {
      token(request, response, callback);
    } else {
      preview(request, response, callback);
    }
    return true;
  }

  private void token(Request request, Response response, Callback callback) {
    Fields query = Request.extractQueryParameters(request);
    String slug = query.getValue("slug") == null ? "" : query.getValue("slug");
    String parent = query.getValue("parent") == null ? "" : query.getValue("parent").strip();
    Optional<PostInfo> post = posts.find(slug);
    if (post.isEmpty()) {
      Http.json(response, callback, 404, Http.fields("error", "not_found"));
    } else if (!post.get().commentsOpen()) {
      Http.json(response, callback, 403, Http.fields("error", "closed"));
    } else if (!parent.isEmpty() && !ID.matcher(parent).matches()) {
      Http.json(response, callback, 400, Http.fields("error", "invalid", "field", "parent"));
    } else {
      Http.json(response, callback, 200, Http.fields("token", tokens.issue(slug, parent)));
    }
  }

  private void preview(Request request, Response response, Callback callback) {
    if (!origins.mayPost(request)) {
      Http.text(response, callback, 403, "cross-site request refused");
      return;
    }
    String body;
    try {
      if (Bodies.kind(request) != Bodies.Kind.JSON) {
        throw new Refusal(415, "send application/json");
      }
      Map<String, String> fields = FieldReader.json(Bodies.read(request, maxBody), Set.of("body"));
      body = fields.getOrDefault("body", "");
    } catch (Refusal r) {
      Http.refuse(response, callback, r);
      return;
    }
    if (body.codePointCount(0, body.length()) > settings.maxBodyLength()) {
      Http.json(response, callback, 400, Http.fields("error", "invalid", "field", "body"));
      return;
    }
    Http.json(response, callback, 200, Http.fields("html", bodies.html(body)));
  }
}
