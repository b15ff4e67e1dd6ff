package dev.tinta.cli;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --site DIR} option every command that works on a site shares. */
public final class SiteOption {
  @Option(
      names = "--site",
      paramLabel = "DIR",
      description = "The site folder (default: the current folder).")
  Path site = Path.of(".");

  @Option(names = "--verbose", description = "Show stack traces for errors.")
  boolean verbose;

  /** The site folder, absolute and normalized. */
  public Path dir() {
    return site.toAbsolutePath().normalize();
  }

  /**
   * The site folder, which must exist.
   *
   * @throws SiteException when it does not, rather than building an empty site somewhere new
   */
  public Path existingDir() {
    Path dir = dir();
    if (!Files.isDirectory(dir)) {
      throw new SiteException(
          Problem.inFile(site.toString(), "no such site folder")
              .withHint("give --site the folder with site.yaml and content/"));
    }
    return dir;
  }
}
