package dev.tinta.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build and how.
 *
 * @param siteDir the site folder (with {@code site.yaml}, {@code content/}, {@code templates/})
 * @param outputDir where the site goes, {@code site-output/} by default
 * @param drafts include posts with {@code draft: true}
 * @param future include posts dated after now
 * @param baseUrl overrides {@code base_url} of {@code site.yaml} when present
 * @param clock decides what "now" is, for future posts
 */
public record BuildOptions(
    Path siteDir,
    Path outputDir,
    boolean drafts,
    boolean future,
    Optional<URI> baseUrl,
    Clock clock) {

  public BuildOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(outputDir);
    Objects.requireNonNull(baseUrl);
    Objects.requireNonNull(clock);
  }

  /** Options for building {@code siteDir} into its {@code site-output/} with defaults. */
  public static BuildOptions of(Path siteDir) {
    return new BuildOptions(
        siteDir, siteDir.resolve("site-output"), false, false, Optional.empty(), Clock.systemUTC());
  }

  public BuildOptions withOutput(Path dir) {
    return new BuildOptions(siteDir, dir, drafts, future, baseUrl, clock);
  }

  public BuildOptions withClock(Clock c) {
    return new BuildOptions(siteDir, outputDir, drafts, future, baseUrl, c);
  }
}
