package dev.tinta.pipeline;

import dev.tinta.model.Article;
import dev.tinta.model.Content;
import dev.tinta.model.PageView;
import dev.tinta.output.SiteWriter;
import dev.tinta.output.StagedSite;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.FileAccess;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a whole site: config, content, Markdown, HTML passes, comments, templates, feeds, then one
 * atomic write. Each stage reports every problem it finds; the build stops after the first stage
 * that found any, and the output folder keeps the last good site.
 */
public final class SiteBuilder {
  private final int threads;
  private final BuildProgress progress;

  /** A builder using every core. */
  public SiteBuilder() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A builder using at most {@code threads} threads. */
  public SiteBuilder(int threads) {
    this(threads, BuildProgress.NONE);
  }

  /** A builder using at most {@code threads} threads that reports its progress. */
  public SiteBuilder(int threads, BuildProgress progress) {
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  /**
   * Builds the site and writes it.
   *
   * @throws SiteException with every user mistake of the first stage that found any
   */
  public BuildResult build(BuildOptions options) {
    long start = System.nanoTime();
    StagedSite staged;
    try {
      staged = StagedSite.open(options.outputDir());
    } catch (RuntimeException e) {
      throw userFacing(options, e);
    }
    try (Workers workers = Workers.of(threads)) {
      // files go to disk while the rest renders; none of them is kept in memory
      SiteState site =
          new SitePipeline(options, progress, new Output(staged::place, false), workers)
              .run(Reuse.none());
      SiteWriter.Result written = staged.commit();
      progress.finished("swap in the new site");
      return result(site, written, start);
    } catch (RuntimeException e) {
      staged.discard(e);
      throw userFacing(options, e);
    }
  }

  /**
   * A file the system would not let the build read or write as a problem naming it and the system's
   * reason (#11): the user's environment is no bug in tinta.
   */
  static RuntimeException userFacing(BuildOptions options, RuntimeException e) {
    if (e instanceof SiteException site) {
      return relative(options, site);
    }
    return FileAccess.of(options.siteDir(), e)
        .<RuntimeException>map(
            p -> {
              SiteException site = new SiteException(p);
              site.initCause(e);
              return site;
            })
        .orElse(e);
  }

  /**
   * The problems of {@code e} with paths in the site folder (the output, mostly) relative to it.
   */
  private static SiteException relative(BuildOptions options, SiteException e) {
    if (e.problems().stream().noneMatch(p -> Path.of(p.file()).isAbsolute())) {
      return e;
    }
    List<Problem> problems =
        e.problems().stream()
            .map(
                p ->
                    Path.of(p.file()).isAbsolute()
                        ? new Problem(
                            FileAccess.shown(options.siteDir(), Path.of(p.file())),
                            p.line(),
                            p.column(),
                            p.message(),
                            p.hint())
                        : p)
            .toList();
    SiteException shown = new SiteException(problems);
    shown.initCause(e);
    return shown;
  }

  static BuildResult result(SiteState site, SiteWriter.Result written, long startNanos) {
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    Content content = site.sources().content();
    List<Problem> warnings = new ArrayList<>(content.warnings());
    warnings.addAll(site.notes());
    warnings.addAll(
        site.settings()
            .templates()
            .languageWarnings(
                site.settings().config(),
                site.bodies().articles().stream().map(Article::post).toList(),
                site.bodies().pages().stream().map(PageView::page).toList()));
    warnings.sort(SiteException.ORDER);
    return new BuildResult(
        site.posts(),
        site.htmlPages(),
        site.tags(),
        written.total(),
        written.written(),
        millis,
        warnings,
        content.unusedFiles());
  }
}
