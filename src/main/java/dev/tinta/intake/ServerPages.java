package dev.tinta.intake;

import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The server's HTML pages, rendered with the site's theme (so a site can override them) in the
 * post's language: {@code layouts/intake/form.ftlh}, {@code thanks.ftlh} and {@code message.ftlh}.
 * Links go to the site; the stylesheet and icon come from the server itself, as its
 * Content-Security-Policy allows nothing else.
 */
final class ServerPages {
  private final TemplateRenderer templates;
  private final SiteConfig config;
  private final String root;
  private final String serverRoot;

  /**
   * @param serverRoot the path the server is reached at, without a final slash ("" at the root)
   */
  ServerPages(TemplateRenderer templates, SiteConfig config, String serverRoot) {
    this.templates = templates;
    this.config = config;
    String base = config.baseUrl().toASCIIString();
    this.root = base.substring(0, base.length() - 1);
    this.serverRoot = serverRoot;
  }

  byte[] form(PostInfo post, FormView form) {
    Map<String, Object> m = common(post.lang(), post.url(), "comment-form");
    m.put("post", post);
    m.put("form", form);
    m.put("action", serverRoot + "/c/" + Paths.segment(post.slug()));
    return render("intake/form", post.lang(), m);
  }

  byte[] thanks(PostInfo post) {
    Map<String, Object> m = common(post.lang(), post.url(), "comment-thanks");
    m.put("post", post);
    return render("intake/thanks", post.lang(), m);
  }

  /**
   * A page with one message, such as "comments are closed".
   *
   * @param post the post it is about, for the link back; null for none
   */
  byte[] message(String lang, String heading, String text, PostInfo post) {
    Map<String, Object> m = common(lang, post == null ? config.absolute("/") : post.url(), "comment-message");
    m.put("heading", heading);
    m.put("text", text);
    if (post != null) {
      m.put("post", post);
    }
    return render("intake/message", lang, m);
  }

  /** A UI string in a language. */
  String text(String lang, String key, Object... args) {
    return templates.message(Locale.forLanguageTag(lang), key, args);
  }

  String siteLanguage() {
    return config.language();
  }

  private Map<String, Object> common(String lang, String canonical, String kind) {
    Map<String, Object> m = new HashMap<>();
    m.put("site", config);
    m.put("sidebarHtml", "");
    m.put("url", "");
    m.put("canonical", canonical);
    m.put("title", "");
    m.put("description", "");
    m.put("kind", kind);
    m.put("root", root);
    m.put("assets", serverRoot);
    m.put("lang", lang);
    return m;
  }

  private byte[] render(String layout, String lang, Map<String, Object> model) {
    return templates
        .render(layout, Locale.forLanguageTag(lang), model)
        .getBytes(StandardCharsets.UTF_8);
  }
}
