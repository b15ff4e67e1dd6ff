package dev.tinta.intake;

import dev.tinta.comments.FieldProblem;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Turns a {@link Verdict} into the response for its client: a form post gets pages (303 to the
 * thanks page, or the form again with the reader's text and the reasons), a JSON post gets JSON.
 * Every message is in the post's language.
 */
final class Answers {
  private final ServerPages pages;
  private final FormTokens tokens;
  private final String serverRoot;

  Answers(ServerPages pages, FormTokens tokens, String serverRoot) {
    this.pages = pages;
    this.tokens = tokens;
    this.serverRoot = serverRoot;
  }

  void answer(
      Verdict verdict,
      PostInfo post,
      Submission s,
      Bodies.Kind kind,
      Response response,
      Callback callback) {
    boolean json = kind == Bodies.Kind.JSON;
    String lang = post.lang();
    if (verdict instanceof Verdict.Stored stored) {
      if (json) {
        Http.json(response, callback, 202, Http.fields("id", stored.id(), "status", "pending"));
      } else {
        Http.seeOther(
            response, callback, serverRoot + "/c/" + Paths.segment(post.slug()) + "/thanks");
      }
    } else if (verdict instanceof Verdict.Invalid invalid) {
      Map<String, String> errors = new LinkedHashMap<>();
      for (FieldProblem p : invalid.problems()) {
        errors.putIfAbsent(p.field(), fieldMessage(lang, p));
      }
      String summary = pages.text(lang, "error_summary");
      if (json) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid");
        body.put("message", summary);
        body.put("fields", errors);
        Http.json(response, callback, 400, body);
      } else {
        form(response, callback, 400, post, s, errors, summary);
      }
    } else if (verdict instanceof Verdict.TokenRefused refused) {
      String code = "token_" + refused.check().name().toLowerCase(Locale.ROOT);
      refuse(json, response, callback, 403, post, s, code, pages.text(lang, "error_token"));
    } else if (verdict instanceof Verdict.Closed) {
      String text = pages.text(lang, "error_closed");
      if (json) {
        Http.json(response, callback, 403, Http.fields("error", "closed", "message", text));
      } else {
        Http.send(response, callback, 403, Http.HTML, pages.message(lang, text, text, post));
      }
    } else if (verdict instanceof Verdict.RateLimited limited) {
      long seconds = Math.max(1, limited.retryAfter().toSeconds());
      response.getHeaders().put(HttpHeader.RETRY_AFTER, seconds);
      long minutes = Math.max(1, (seconds + 59) / 60);
      String text = pages.text(lang, "error_rate", minutes);
      refuse(json, response, callback, 429, post, s, "rate_limited", text);
    } else {
      response.getHeaders().put(HttpHeader.RETRY_AFTER, 60);
      String text = pages.text(lang, "error_storage");
      refuse(json, response, callback, 503, post, s, "unavailable", text);
    }
  }

  private void refuse(
      boolean json,
      Response response,
      Callback callback,
      int status,
      PostInfo post,
      Submission s,
      String code,
      String message) {
    if (json) {
      Http.json(response, callback, status, Http.fields("error", code, "message", message));
    } else {
      form(response, callback, status, post, s, Map.of(), message);
    }
  }

  /** The form again, with what the reader wrote (escaped by the template) and a fresh token. */
  private void form(
      Response response,
      Callback callback,
      int status,
      PostInfo post,
      Submission s,
      Map<String, String> errors,
      String summary) {
    Map<String, String> values = new LinkedHashMap<>();
    // control characters are the reason for a refusal, never shown again (HTML cannot hold most)
    values.put("author", s.author().replaceAll("\\p{Cc}", ""));
    values.put("url", s.url().replaceAll("\\p{Cc}", ""));
    values.put("body", s.body().replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", ""));
    String parent = s.parent().strip();
    FormView view =
        new FormView(parent, tokens.issue(post.slug(), parent), values, errors, summary, "", "");
    Http.send(response, callback, status, Http.HTML, pages.form(post, view));
  }

  String fieldMessage(String lang, FieldProblem p) {
    String key = "error_" + p.field() + "_" + p.kind().name().toLowerCase(Locale.ROOT);
    return pages.text(lang, key, p.limit());
  }
}
