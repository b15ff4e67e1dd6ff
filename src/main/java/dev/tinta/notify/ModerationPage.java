package dev.tinta.notify;

import dev.tinta.comments.CommentBodies;
import dev.tinta.intake.ServerFrame;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.util.Optional;

/**
 * The pages a mail's link opens, rendered with the site's theme ({@code layouts/admin/review.ftlh},
 * so a site can override it) in the site's language: one comment, rendered by the site's own
 * renderer and sanitizer, with Approve / Spam / Reject buttons in a plain form (no script: the
 * server's Content-Security-Policy allows none), and the pages of a refused link, a comment that is
 * gone and comments that cannot be read.
 */
final class ModerationPage {
  private final TemplateRenderer templates;
  private final SiteConfig config;
  private final LocalText text;
  private final CommentBodies bodies;
  private final String serverRoot;

  /**
   * @param serverRoot the server's path without its final slash ("" at the root)
   */
  ModerationPage(
      TemplateRenderer templates, SiteConfig config, CommentBodies bodies, String serverRoot) {
    this.templates = templates;
    this.config = config;
    this.text = new LocalText(templates, config.language());
    this.bodies = bodies;
    this.serverRoot = serverRoot;
  }

  /**
   * The comment and its buttons.
   *
   * @param action the path the form posts to (the link's own)
   * @param done the status the last button set, for a notice saying so
   */
  byte[] comment(Waiting w, String action, Optional<CommentStatus> done) {
    Comment c = w.comment();
    var shown =
        new ReviewPage.CommentView(
            PlainText.line(c.author()),
            c.date().withZoneSameInstant(config.timeZone()),
            PlainText.line(w.postTitle()),
            w.postUrl(),
            c.status().word(),
            bodies.html(c.body()));
    String notice = done.map(s -> text.get("admin_done_" + s.word(), 1)).orElse("");
    return render(
        new ReviewPage(text.get("admin_review_title"), "", Optional.of(shown), action, notice));
  }

  /** The page of a link that is altered or expired. */
  byte[] refused() {
    return message(
        "admin_review_refused_title",
        text.get("admin_review_refused", (int) LinkTokens.LIFETIME.toDays()));
  }

  /** The page of a link whose comment was deleted. */
  byte[] gone() {
    return message("admin_review_gone_title", text.get("admin_review_gone"));
  }

  /** The page shown when the comments file cannot be read. */
  byte[] unavailable() {
    return message("admin_review_unavailable_title", text.get("admin_review_unavailable"));
  }

  private byte[] message(String heading, String body) {
    return render(new ReviewPage(text.get(heading), body, Optional.empty(), "", ""));
  }

  private byte[] render(ReviewPage page) {
    ServerFrame frame =
        ServerFrame.of(
            config,
            serverRoot,
            config.language(),
            config.baseUrl().toASCIIString(),
            "admin-review");
    return templates.renderServerPage("admin/review", frame.locale(), frame, page);
  }
}
