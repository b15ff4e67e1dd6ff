package dev.tinta.admin;

import dev.tinta.intake.ServerFrame;
import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the moderation pages with the site's theme ({@code layouts/admin/signin.ftlh}, {@code
 * queue.ftlh}, {@code comment.ftlh}, {@code message.ftlh}) in the site's language. Like the intake
 * pages, their stylesheet and icon come from the server itself.
 */
final class AdminPages {
  private final TemplateRenderer templates;
  private final SiteConfig config;
  private final String canonical;
  private final String assets;
  private final String admin;
  private final String ownerName;

  /**
   * @param serverRoot the path the server is reached at, without a final slash
   */
  AdminPages(TemplateRenderer templates, SiteConfig config, String serverRoot) {
    this.templates = templates;
    this.config = config;
    this.canonical = config.baseUrl().toASCIIString();
    this.assets = serverRoot;
    this.admin = serverRoot + "/admin";
    this.ownerName =
        config.author().name().isBlank() ? config.title() : config.author().name().strip();
  }

  String admin() {
    return admin;
  }

  String ownerName() {
    return ownerName;
  }

  byte[] signIn(String csrf, String error) {
    return render(
        "admin/signin", "admin-signin", csrf, "", List.of(), List.of(), null, "", "", error);
  }

  byte[] queue(String csrf, String view, AdminViews.View shown, String notice, String problem) {
    return render(
        "admin/queue",
        "admin-queue",
        csrf,
        view,
        shown.tabs(),
        shown.comments(),
        null,
        notice,
        problem,
        "");
  }

  byte[] comment(String csrf, AdminComment comment, List<AdminTab> tabs, String problem) {
    return render(
        "admin/comment",
        "admin-comment",
        csrf,
        comment.status(),
        tabs,
        List.of(),
        comment,
        "",
        problem,
        "");
  }

  /** A page with one message, such as "no such comment". */
  byte[] message(String csrf, String text) {
    return render(
        "admin/message", "admin-message", csrf, "", List.of(), List.of(), null, "", "", text);
  }

  /** A UI string in the site's language. */
  String text(String key, Object... args) {
    return templates.message(Locale.forLanguageTag(config.language()), key, args);
  }

  private byte[] render(
      String layout,
      String kind,
      String csrf,
      String view,
      List<AdminTab> tabs,
      List<AdminComment> comments,
      AdminComment comment,
      String notice,
      String problem,
      String error) {
    ServerFrame frame = ServerFrame.of(config, assets, config.language(), canonical, kind);
    return templates.renderServerPage(
        layout,
        frame.locale(),
        frame,
        new AdminPage(
            admin,
            csrf,
            view,
            tabs,
            comments,
            Optional.ofNullable(comment),
            notice,
            problem,
            error,
            ownerName));
  }
}
