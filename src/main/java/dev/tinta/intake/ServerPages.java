package dev.tinta.intake;

import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.util.Locale;
import java.util.Optional;

/**
 * The server's HTML pages, rendered with the site's theme (so a site can override them) in the
 * post's language: {@code layouts/intake/form.ftlh}, {@code thanks.ftlh} and {@code message.ftlh}.
 * Links go to the site; the stylesheet and icon come from the server itself, as its
 * Content-Security-Policy allows nothing else.
 */
final class ServerPages {
  private final TemplateRenderer templates;
  private final SiteConfig config;
  private final String serverRoot;

  /**
   * @param serverRoot the path the server is reached at, without a final slash ("" at the root)
   */
  ServerPages(TemplateRenderer templates, SiteConfig config, String serverRoot) {
    this.templates = templates;
    this.config = config;
    this.serverRoot = serverRoot;
  }

  byte[] form(PostInfo post, FormView form) {
    String action = serverRoot + "/c/" + Paths.segment(post.slug());
    return render(
        "intake/form",
        post.lang(),
        post.url(),
        "comment-form",
        Optional.of(post),
        Optional.of(form),
        action,
        "",
        "");
  }

  byte[] thanks(PostInfo post) {
    return render(
        "intake/thanks",
        post.lang(),
        post.url(),
        "comment-thanks",
        Optional.of(post),
        Optional.empty(),
        "",
        "",
        "");
  }

  /**
   * A page with one message, such as "comments are closed".
   *
   * @param post the post it is about, for the link back; null for none
   */
  byte[] message(String lang, String heading, String text, PostInfo post) {
    Optional<PostInfo> about = Optional.ofNullable(post);
    String canonical = about.map(PostInfo::url).orElse(config.absolute("/"));
    return render(
        "intake/message",
        lang,
        canonical,
        "comment-message",
        about,
        Optional.empty(),
        "",
        heading,
        text);
  }

  /** A UI string in a language. */
  String text(String lang, String key, Object... args) {
    return templates.message(Locale.forLanguageTag(lang), key, args);
  }

  String siteLanguage() {
    return config.language();
  }

  private byte[] render(
      String layout,
      String lang,
      String canonical,
      String kind,
      Optional<PostInfo> post,
      Optional<FormView> form,
      String action,
      String heading,
      String text) {
    ServerFrame frame = ServerFrame.of(config, serverRoot, lang, canonical, kind);
    return templates.renderServerPage(
        layout, frame.locale(), frame, new ServerPage(post, form, action, heading, text));
  }
}
