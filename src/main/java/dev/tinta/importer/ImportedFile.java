package dev.tinta.importer;

import java.util.Objects;

/**
 * A file to place in the site as it is: a static file or an image.
 *
 * @param path relative to the site, with forward slashes ({@code static/images/a.png})
 */
public record ImportedFile(String path, byte[] bytes) {
  public ImportedFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(bytes);
  }
}
