package dev.tinta.pipeline;

import dev.tinta.feeds.FeedSource;
import dev.tinta.model.OutputFile;
import dev.tinta.model.PageView;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.SiteException;
import dev.tinta.search.SiteSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * The stages of a build in order, from the site folder to the site's files. Each stage is a record
 * made by one static method from the records before it; {@link Reuse} decides, for an incremental
 * build, what of the last build each stage may take over.
 */
final class SitePipeline {
  private final BuildOptions options;
  private final BuildProgress progress;
  private final Output output;
  private final Workers workers;

  SitePipeline(BuildOptions options, BuildProgress progress, Output output, Workers workers) {
    this.options = options;
    this.progress = progress;
    this.output = output;
    this.workers = workers;
  }

  /**
   * Runs every stage.
   *
   * @throws SiteException with the problems of the first stage that found any
   */
  SiteState run(Reuse reuse) {
    Settings settings = reuse.settings(() -> Settings.load(options));
    progress.finished("config and templates");
    Sources sources = Sources.load(options, settings, reuse, workers);
    progress.finished("read content and comments");
    Published published = Published.select(sources.content(), options);
    SiteUrls urls = SiteUrls.claim(settings.config(), sources, published);
    StaticFiles statics = StaticFiles.collect(options.siteDir(), settings, published, urls);
    SiteImages images = SiteImages.of(options.siteDir(), statics.all(), reuse, workers);
    Reuse known = reuse.withUrls(urls).withImages(images);
    TagIndex tags = TagIndex.of(published.posts());
    Bodies bodies =
        Bodies.process(
            settings.config(), published, urls, tags, sources.comments(), images, known, workers);
    progress.finished("markdown and html passes");
    Listings listings = Listings.of(settings, bodies, tags, sources.comments(), known);
    progress.finished("tags, archive, sidebar");
    List<RenderJob> plan =
        PagePlan.of(settings.config(), bodies, listings, sources.comments()::thread, workers);
    OutputPaths paths = OutputPaths.check(options.siteDir(), plan, statics);
    Output kept = paths.filter(output);
    progress.finished("comment threads and page plan");
    // the feeds and the sitemap need no page, nor each other: made while the pages render
    ForkJoinTask<Documents> documents =
        workers.start(() -> Documents.make(feedSource(settings, bodies, listings), known));
    // nor does the search index (none when the site has no search page)
    ForkJoinTask<List<OutputFile>> search =
        workers.start(
            () ->
                settings.config().search()
                    ? SiteSearch.files(settings.config(), bodies.articles(), workers)
                    : List.of());
    RenderedPages pages =
        RenderedPages.render(settings.templates(), plan, known, kept, progress, workers);
    progress.finished("render and write pages");
    List<OutputFile> more = new ArrayList<>(documents.join().files());
    more.addAll(statics.all());
    more.addAll(images.files(bodies));
    more.addAll(search.join());
    more.addAll(Redirects.files(settings, bodies, plan, more));
    workers.forEach(more, kept::accept);
    progress.finished("feeds, sitemap, static files");
    return new SiteState(
        settings,
        sources,
        urls,
        bodies,
        listings,
        pages,
        documents.join(),
        output.retains() ? files(plan, pages, more, paths) : List.of(),
        (int) plan.stream().filter(job -> !paths.replaced(Permalinks.file(job.url()))).count(),
        images.memo(),
        paths.notes());
  }

  private static FeedSource feedSource(Settings settings, Bodies bodies, Listings listings) {
    return new FeedSource(
        settings.config(),
        bodies.articles(),
        listings.urls(bodies.pages().stream().map(PageView::url).toList()));
  }

  /** The whole site: pages in plan order, then the rest. */
  private static List<OutputFile> files(
      List<RenderJob> plan, RenderedPages pages, List<OutputFile> more, OutputPaths paths) {
    List<OutputFile> files = new ArrayList<>(plan.size() + more.size());
    plan.forEach(job -> files.add(pages.byUrl().get(job.url()).file()));
    files.addAll(more);
    files.removeIf(f -> !paths.keeps(f));
    return files;
  }
}
