package dev.tinta.cli;

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
}
