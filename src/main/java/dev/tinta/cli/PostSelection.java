package dev.tinta.cli;

import picocli.CommandLine.Option;

/** {@code --drafts} and {@code --future}: which posts a build publishes besides the usual ones. */
final class PostSelection {
  @Option(names = "--drafts", description = "Include posts with draft: true.")
  boolean drafts;

  @Option(names = "--future", description = "Include posts dated in the future.")
  boolean future;
}
