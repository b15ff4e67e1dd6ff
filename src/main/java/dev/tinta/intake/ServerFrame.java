package dev.tinta.intake;

import dev.tinta.model.SiteConfig;
import java.util.Locale;
import java.util.Objects;

/**
 * What the theme's page frame ({@code partials/base.ftlh}) needs of a page the comment server
 * renders (the intake pages, the moderation pages, a mail link's page): templates read these as
 * top-level names, beside the page's own ({@link dev.tinta.templates.TemplateRenderer
 * #renderServerPage}). Such a page has no sidebar, site path, own title or description.
 *
 * @param canonical the page's absolute URL
 * @param kind the page's kind, such as {@code comment-form} or {@code admin-queue}
 * @param root the site's absolute base URL without its final slash: links go to the site
 * @param assets the server's own path without its final slash: style.css and the icon load from
 *     there, as the Content-Security-Policy allows nothing else
 * @param lang the page's language
 */
public record ServerFrame(
    SiteConfig site,
    String sidebarHtml,
    String url,
    String canonical,
    String title,
    String description,
    String kind,
    String root,
    String assets,
    String lang) {
  public ServerFrame {
    Objects.requireNonNull(site);
    Objects.requireNonNull(sidebarHtml);
    Objects.requireNonNull(url);
    Objects.requireNonNull(canonical);
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(root);
    Objects.requireNonNull(assets);
    Objects.requireNonNull(lang);
  }

  /**
   * The frame of a server page of {@code site}.
   *
   * @param assets the server's own path without its final slash ("" at the root)
   */
  public static ServerFrame of(
      SiteConfig site, String assets, String lang, String canonical, String kind) {
    String base = site.baseUrl().toASCIIString();
    String root = base.substring(0, base.length() - 1);
    return new ServerFrame(site, "", "", canonical, "", "", kind, root, assets, lang);
  }

  /** The page's language as a locale, for its UI strings. */
  public Locale locale() {
    return Locale.forLanguageTag(lang);
  }
}
