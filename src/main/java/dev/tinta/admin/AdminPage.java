package dev.tinta.admin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the moderation pages' templates ({@code layouts/admin/*.ftlh}) see besides their {@link
 * dev.tinta.intake.ServerFrame}: the page's content.
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
