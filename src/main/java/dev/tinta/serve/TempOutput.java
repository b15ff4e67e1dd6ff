package dev.tinta.serve;

import dev.tinta.output.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The temporary folder the dev server builds into, so that {@code site-output/} (what {@code tinta
 * build} deploys) never holds pages with a dev-server base URL. The site goes into {@link #site()},
 * a subfolder, because the writer keeps its staging folders beside the output.
 */
final class TempOutput implements AutoCloseable {
  private final Path folder;

  private TempOutput(Path folder) {
    this.folder = folder;
  }

  /** Creates a fresh folder in the system's temporary folder. */
  static TempOutput create() {
    try {
      return new TempOutput(Files.createTempDirectory("tinta-serve-").toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder to build into", e);
    }
  }

  /** Where the site is built. */
  Path site() {
    return folder.resolve("site");
  }

  /** The whole temporary folder. */
  Path folder() {
    return folder;
  }

  /** Deletes the folder and everything in it; links are deleted, never followed. */
  @Override
  public void close() {
    if (!Files.exists(folder)) {
      return;
    }
    try {
      FileTree.delete(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary folder " + folder, e);
    }
  }
}
