package dev.tinta.model;

import java.util.Objects;

/**
 * Where a post was quoted from (the seed's "Di kutip dari" line); empty strings when there is none.
 */
public record SourceRef(String title, String url) {
  public SourceRef {
    Objects.requireNonNull(title);
    Objects.requireNonNull(url);
  }

  public static SourceRef none() {
    return new SourceRef("", "");
  }

  public boolean isPresent() {
    return !title.isEmpty() || !url.isEmpty();
  }
}
