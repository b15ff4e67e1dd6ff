package dev.tinta.admin;

import dev.tinta.model.SiteConfig;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the moderation pages' templates ({@code layouts/admin/*.ftlh}) see: the names the page frame
 * needs ({@code site}, {@code canonical}, {@code root}, {@code assets}...) and the page's content.
 *
 * @param admin the moderation pages' path without a final slash, e.g. {@code /admin}
 * @param csrf the session's CSRF token (or the sign-in form's), for every form's {@code csrf} field
 * @param view the status shown
 * @param comment the comment of a comment page
 * @param notice what the last action did, shown once
 * @param problem why the last publish failed, or ""
 * @param error why the last request was refused (a wrong token), or ""
 * @param ownerName the name the owner's replies carry
 */
public record AdminPage(
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
    String admin,
    String csrf,
    String view,
    List<AdminTab> tabs,
    List<AdminComment> comments,
    Optional<AdminComment> comment,
    String notice,
    String problem,
    String error,
    String ownerName) {
  public AdminPage {
    Objects.requireNonNull(site);
    Objects.requireNonNull(canonical);
    Objects.requireNonNull(root);
    Objects.requireNonNull(assets);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(admin);
    Objects.requireNonNull(csrf);
    Objects.requireNonNull(view);
    tabs = List.copyOf(tabs);
    comments = List.copyOf(comments);
    Objects.requireNonNull(comment);
    Objects.requireNonNull(notice);
    Objects.requireNonNull(problem);
    Objects.requireNonNull(error);
    Objects.requireNonNull(ownerName);
  }
}
