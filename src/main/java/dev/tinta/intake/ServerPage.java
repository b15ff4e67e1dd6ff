package dev.tinta.intake;

import java.util.Objects;
import java.util.Optional;

/**
 * What the templates of the server's pages see ({@code layouts/intake/*.ftlh}) besides their {@link
 * ServerFrame}: the page's content. An empty component is a missing name in the template.
 *
 * @param action where the form posts
 * @param heading and {@code text}: a message page's content
 */
public record ServerPage(
    Optional<PostInfo> post, Optional<FormView> form, String action, String heading, String text) {
  public ServerPage {
    Objects.requireNonNull(post);
    Objects.requireNonNull(form);
    Objects.requireNonNull(action);
    Objects.requireNonNull(heading);
    Objects.requireNonNull(text);
  }
}
