package dev.tinta.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of the built site: bytes made by tinta, or a file copied as is.
 *
 * <p>{@link #path()} is relative to the output folder, with forward slashes and no leading slash
 * ({@code 2010/08/x/index.html}).
 */
public sealed interface OutputFile permits OutputFile.Generated, OutputFile.Copied {

  String path();

  /** Bytes tinta made. */
  record Generated(String path, byte[] bytes) implements OutputFile {
    public Generated {
      checkPath(path);
      Objects.requireNonNull(bytes);
    }
  }

  /** A file published as it is: static files, post images. */
  record Copied(String path, Path source) implements OutputFile {
    public Copied {
      checkPath(path);
      Objects.requireNonNull(source);
    }
  }

  static OutputFile of(String path, byte[] bytes) {
    return new Generated(path, bytes);
  }

  static OutputFile copy(String path, Path source) {
    return new Copied(path, source);
  }

  private static void checkPath(String path) {
    Objects.requireNonNull(path);
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || ("/" + path + "/").contains("/../")
        || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("not a safe relative path: " + path);
    }
  }
}
