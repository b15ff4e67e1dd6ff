package dev.tinta.model;

import java.util.Objects;

/**
 * What {@code partials/redirect.ftlh} shows at an old URL (an alias) of a post or page.
 *
 * @param lang the language of the page it sends readers to
 * @param title that page's title
 * @param target that page's site path, with the base URL's path before it
 * @param canonical that page's absolute URL
 */
public record RedirectPage(
    SiteConfig site, String lang, String title, String target, String canonical) {
  public RedirectPage {
    Objects.requireNonNull(site);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(title);
    Objects.requireNonNull(target);
    Objects.requireNonNull(canonical);
  }
}
