package dev.tinta.intake;

import dev.tinta.model.SiteConfig;
import java.util.Objects;
import java.util.Optional;

/**
 * What the templates of the server's pages see ({@code layouts/intake/*.ftlh}): the names every
 * page frame needs ({@code site}, {@code canonical}, {@code root}...), where the server's own
 * assets are, and the page's content. An empty component is a missing name in the template.
 *
 * @param root the site's absolute base URL without its final slash: links go to the site
 * @param assets the server's own path without its final slash: style.css and the icon load from
 *     there, as the Content-Security-Policy allows nothing else
 * @param lang the page's language
 * @param action where the form posts
 * @param heading and {@code text}: a message page's content
 */
public record ServerPage(
    SiteConfig site,
    String sidebarHtml,
    String url,
    String canonical,
    String title,
    String description,
    String kind,
    String root,
    String assets,
    String lang,
    Optional<PostInfo> post,
    Optional<FormView> form,
    String action,
    String heading,
    String text) {
  public ServerPage {
    Objects.requireNonNull(site);
    Objects.requireNonNull(canonical);
    Objects.requireNonNull(root);
    Objects.requireNonNull(assets);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(post);
    Objects.requireNonNull(form);
    Objects.requireNonNull(action);
    Objects.requireNonNull(heading);
    Objects.requireNonNull(text);
  }
}
