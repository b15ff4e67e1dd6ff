package dev.tinta.pipeline;

import dev.tinta.model.OutputFile;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.Problems;
import dev.tinta.problem.SiteException;
import dev.tinta.templates.TemplateRenderer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stage 8: every planned page rendered through its template; each file goes to the sink as soon as
 * it is made (and the site has no problem so far).
 *
 * @param byUrl each page and the job it was rendered from, by URL (kept only for incremental
 *     builds)
 */
record RenderedPages(Map<String, RenderedPage> byUrl) {

  /** One rendered page and what it was rendered from. */
  record RenderedPage(RenderJob job, OutputFile.Generated file) {}

  RenderedPages {
    byUrl = Collections.unmodifiableMap(byUrl);
  }

  static RenderedPages render(
      TemplateRenderer templates,
      List<RenderJob> jobs,
      Reuse reuse,
      Output output,
      BuildProgress progress,
      Workers workers) {
    Problems problems = new Problems();
    AtomicInteger done = new AtomicInteger();
    Map<String, RenderedPage> out = new ConcurrentHashMap<>();
    workers.forEach(
        jobs,
        job -> {
          progress.advance("rendering", done.incrementAndGet(), jobs.size());
          OutputFile.Generated file;
          try {
            file =
                reuse.page(
                    job,
                    () ->
                        new OutputFile.Generated(
                            Permalinks.file(job.url()),
                            templates.render(job.layout(), job.locale(), job.page())));
          } catch (SiteException e) {
            problems.addAll(e.problems());
            return;
          }
          if (problems.isEmpty()) {
            output.accept(file);
          }
          if (output.retains()) {
            out.put(job.url(), new RenderedPage(job, file));
          }
        });
    problems.throwIfAny();
    return new RenderedPages(out);
  }
}
