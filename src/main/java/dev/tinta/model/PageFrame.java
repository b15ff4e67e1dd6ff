package dev.tinta.model;

import java.util.Objects;

/**
 * What the template of every page sees, besides its own {@link PageModel}: templates read these as
 * top-level names ({@code site}, {@code sidebar}, {@code url}...).
 *
 * @param sidebarHtml the sidebar, rendered once per build from {@code partials/sidebar.ftlh}
 * @param url the page's site path, such as {@code /tags/java/}
 * @param canonical the page's absolute URL
 * @param title the page's own title, or empty for the site's
 * @param description the meta description: the page's own, else the site's
 * @param kind {@code post}, {@code page}, {@code index}, {@code tag}, {@code tags}, {@code archive}
 *     or {@code 404}
 * @param root the base URL's path without its final slash, put before every site path in links
 */
public record PageFrame(
    SiteConfig site,
    Sidebar sidebar,
    String sidebarHtml,
    String url,
    String canonical,
    String title,
    String description,
    String kind,
    String root) {
  public PageFrame {
    Objects.requireNonNull(site);
    Objects.requireNonNull(sidebar);
    Objects.requireNonNull(sidebarHtml);
    Objects.requireNonNull(url);
    Objects.requireNonNull(canonical);
    Objects.requireNonNull(title);
    Objects.requireNonNull(description);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(root);
  }
}
