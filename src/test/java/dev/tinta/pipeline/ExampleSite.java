package dev.tinta.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The example blog at the repository root (site.yaml, content/, templates/), built reproducibly.
 */
public final class ExampleSite {
  /** "Now" for every test build: after every example post, so none is left out as future. */
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private ExampleSite() {}

  /** The repository root, where Maven runs the tests. */
  public static Path root() {
    Path root = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("site.yaml"))
        || !Files.isDirectory(root.resolve("content"))) {
      throw new IllegalStateException("not the repository root (no site.yaml, content/): " + root);
    }
    return root;
  }

  /** Builds the example site into {@code output} with {@code threads} threads. */
  public static BuildResult build(Path output, int threads) {
    return new SiteBuilder(threads)
        .build(BuildOptions.of(root()).withOutput(output).withClock(CLOCK));
  }
}
