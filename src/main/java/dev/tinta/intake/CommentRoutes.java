package dev.tinta.intake;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.SiteException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The readers' routes of one post: {@code GET /c/{slug}/new[?parent=ID]} (the form page, with a
 * fresh token), {@code POST /c/{slug}} (a comment, form-encoded or JSON) and {@code GET
 * /c/{slug}/thanks}.
 */
final class CommentRoutes extends Handler.Abstract {
  private static final Pattern PATH = Pattern.compile("/c/([^/]+)(/new|/thanks)?");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
  private static final int EXCERPT = 200;

  private final PostCatalog posts;
  private final CommentIntake intake;
  private final FormTokens tokens;
  private final ServerPages pages;
  private final Answers answers;
  private final Origins origins;
  private final CommentModerator moderator;
  private final int maxBody;
  private final boolean trustProxy;

  CommentRoutes(
      PostCatalog posts,
      CommentIntake intake,
      FormTokens tokens,
      ServerPages pages,
      Answers answers,
      Origins origins,
      CommentModerator moderator,
      int maxBody,
      boolean trustProxy) {
    this.posts = posts;
    this.intake = intake;
    this.tokens = tokens;
    this.pages = pages;
    this.answers = answers;
    this.origins = origins;
    this.moderator = moderator;
    this.maxBody = maxBody;
    this.trustProxy = trustProxy;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Matcher m = PATH.matcher(Request.getPathInContext(request));
    if (!m.matches()) {
      return false;
    }
    String slug = m.group(1);
    String page = m.group(2) == null ? "" : m.group(2);
    String method = request.getMethod();
    if (origins.preflight(request, response, callback)) {
      return true;
    }
    String allow = page.isEmpty() ? "POST" : "GET";
    if (!method.equals(allow)) {
      Http.methodNotAllowed(response, callback, allow);
      return true;
    }
    if (page.isEmpty()) {
      origins.allowSite(request, response);
    }
    Optional<PostInfo> post = posts.find(slug);
    if (post.isEmpty()) {
      String lang = pages.siteLanguage();
      String text = pages.text(lang, "error_not_found");
      Http.send(response, callback, 404, Http.HTML, pages.message(lang, text, text, null));
      return true;
    }
    switch (page) {
      case "/new" -> newForm(request, response, callback, post.get());
      case "/thanks" -> Http.send(response, callback, 200, Http.HTML, pages.thanks(post.get()));
      default -> submit(request, response, callback, post.get());
    }
    return true;
  }

  private void newForm(Request request, Response response, Callback callback, PostInfo post) {
    String lang = post.lang();
    if (!post.commentsOpen()) {
      String text = pages.text(lang, "error_closed");
      Http.send(response, callback, 403, Http.HTML, pages.message(lang, text, text, post));
      return;
    }
    Fields query = Request.extractQueryParameters(request);
    String parent = query.getValue("parent") == null ? "" : query.getValue("parent").strip();
    String author = "";
    String excerpt = "";
    if (!parent.isEmpty()) {
      Optional<Comment> replied = approved(post.slug(), parent);
      if (replied.isEmpty()) {
        String text = pages.text(lang, "error_parent_invalid");
        Http.send(response, callback, 400, Http.HTML, pages.message(lang, text, text, post));
        return;
      }
      author = replied.get().author();
      excerpt = excerpt(replied.get().body());
    }
    FormView view =
        new FormView(
            parent, tokens.issue(post.slug(), parent), Map.of(), Map.of(), "", author, excerpt);
    Http.send(response, callback, 200, Http.HTML, pages.form(post, view));
  }

  private void submit(Request request, Response response, Callback callback, PostInfo post) {
    if (!origins.mayPost(request)) {
      Http.text(response, callback, 403, "cross-site request refused");
      return;
    }
    Bodies.Kind kind;
    Submission submission;
    try {
      kind = Bodies.kind(request);
      byte[] body = Bodies.read(request, maxBody);
      submission =
          Submission.of(
              kind == Bodies.Kind.JSON
                  ? FieldReader.json(body, Submission.FIELDS)
                  : FieldReader.form(body, Submission.FIELDS));
    } catch (Refusal r) {
      Http.refuse(response, callback, r);
      return;
    }
    Verdict verdict = intake.submit(post, submission, ClientNetwork.of(request, trustProxy));
    answers.answer(verdict, post, submission, kind, response, callback);
  }

  private Optional<Comment> approved(String slug, String id) {
    if (!ID.matcher(id).matches()) {
      return Optional.empty();
    }
    try {
      return moderator
          .comment(new CommentRef(slug, id))
          .filter(c -> c.status() == CommentStatus.APPROVED);
    } catch (SiteException e) {
      return Optional.empty();
    }
  }

  /** The start of a body as one line of plain text. */
  private static String excerpt(String markdown) {
    String flat = markdown.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= EXCERPT) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, EXCERPT - 1)).stripTrailing() + "…";
  }
}
