package dev.tinta.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --output DIR} option of the commands that write or read the built site. */
final class OutputOption {
  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "The built site's folder (default: site-output/ in the site folder).")
  Path output;

  /** The output folder, absolute: {@code --output}, else {@code site-output/} of {@code site}. */
  Path dir(Path site) {
    return output == null ? site.resolve("site-output") : output.toAbsolutePath().normalize();
  }
}
