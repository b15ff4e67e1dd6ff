package dev.tinta.pipeline;

import dev.tinta.output.SiteWriter;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a site built across edits, for the dev server: {@link #build()} once, then {@link
 * #rebuild(Set)} with the files that changed. Only what depends on a change is done again: an
 * edited post is read, rendered and written again with the pages that show it (neighbours, index,
 * tag and archive pages, feeds); settings and templates rebuild everything. The output is always
 * byte-identical to a clean build of the same input. A failed rebuild leaves the output and the
 * kept state as they were, and its changes are carried to the next rebuild.
 *
 * <p>Not thread-safe: one caller (the server's rebuild loop) at a time.
 */
public final class IncrementalBuilder {
  private final BuildOptions options;
  private final SiteBuilder builder;
  private final Set<String> pending = new HashSet<>();
  private Optional<SiteState> state = Optional.empty();

  public IncrementalBuilder(BuildOptions options, int threads) {
    this.options = options;
    this.builder = new SiteBuilder(threads);
  }

  /** The first, full build. */
  public BuildResult build() {
    return run(Changes.all());
  }

  /**
   * Brings the output up to date after {@code changed} files (absolute paths, normally below the
   * site folder) were created, modified or deleted.
   *
   * @throws SiteException with every problem; the output keeps the last good build
   */
  public BuildResult rebuild(Set<Path> changed) {
    Path site = options.siteDir().toAbsolutePath().normalize();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      pending.add(
          abs.startsWith(site) ? site.relativize(abs).toString().replace('\\', '/') : "site.yaml");
    }
    return run(Changes.of(pending));
  }

  private BuildResult run(Changes changes) {
    long start = System.nanoTime();
    SiteState next = builder.inPool(() -> builder.retainingPipeline(options).run(state, changes));
    SiteWriter.Result written =
        builder.inPool(
            () ->
                state.isPresent()
                    ? SiteWriter.update(options.outputDir(), state.get().files(), next.files())
                    : SiteWriter.write(options.outputDir(), next.files()));
    state = Optional.of(next);
    pending.clear();
    return SiteBuilder.result(next, written, start);
  }

  public BuildOptions options() {
    return options;
  }
}
