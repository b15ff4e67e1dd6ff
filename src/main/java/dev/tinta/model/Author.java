package dev.tinta.model;

import java.util.Objects;

/**
 * The blog's author, shown in the sidebar.
 *
 * @param about Markdown text of the "About me" block
 */
public record Author(String name, String about) {
  public Author {
    Objects.requireNonNull(name);
    Objects.requireNonNull(about);
  }
}
