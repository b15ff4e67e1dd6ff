package dev.tinta.pipeline;

import dev.tinta.output.SiteWriter;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps a site built across edits, for the dev server: {@link #build()} once, then {@link
 * #rebuild(Set)} with the files that changed. Only what depends on a change is done again (see
 * {@link Reuse}): an edited post is read, rendered and written again with the pages that show it
 * (neighbours, index, tag and archive pages, feeds); settings and templates rebuild everything. The
 * output is always byte-identical to a clean build of the same input. A failed rebuild leaves the
 * output and the kept state as they were, and its changes are carried to the next rebuild.
 *
 * <p>Not thread-safe: one caller (the server's rebuild loop) at a time. Close it to stop its
 * threads.
 */
public final class IncrementalBuilder implements AutoCloseable {
  private final BuildOptions options;
  private final Workers workers;
  private final boolean swap;
  private final Set<String> pending = new HashSet<>();
  private Optional<SiteState> state = Optional.empty();

  public IncrementalBuilder(BuildOptions options, int threads) {
    this(options, threads, false);
  }

  private IncrementalBuilder(BuildOptions options, int threads, boolean swap) {
    this.options = options;
    this.workers = Workers.of(threads);
    this.swap = swap;
  }

  /**
   * A builder for a published site: every rebuild writes the whole site beside the output folder
   * and swaps it in, as {@code tinta build} does (unchanged files are hard links of the last
   * build's), so a web server serving the folder never sees half of a change.
   */
  public static IncrementalBuilder publishing(BuildOptions options, int threads) {
    return new IncrementalBuilder(options, threads, true);
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
    try {
      return runStages(changes);
    } catch (RuntimeException e) {
      throw SiteBuilder.userFacing(options, e);
    }
  }

  private BuildResult runStages(Changes changes) {
    long start = System.nanoTime();
    SiteState next =
        new SitePipeline(options, BuildProgress.NONE, new Output(f -> {}, true), workers)
            .run(Reuse.of(state, changes));
    SiteWriter.Result written =
        state.isPresent() && !swap
            ? SiteWriter.update(options.outputDir(), state.get().files(), next.files(), workers)
            : SiteWriter.write(options.outputDir(), next.files(), workers);
    state = Optional.of(next);
    pending.clear();
    return SiteBuilder.result(next, written, start);
  }

  public BuildOptions options() {
    return options;
  }

  @Override
  public void close() {
    workers.close();
  }
}
