package dev.tinta.build;

import dev.tinta.config.ConfigLoader;
import dev.tinta.content.ContentLoader;
import dev.tinta.feeds.AtomFeed;
import dev.tinta.feeds.FeedSource;
import dev.tinta.feeds.JsonFeed;
import dev.tinta.feeds.Robots;
import dev.tinta.feeds.RssFeed;
import dev.tinta.feeds.SiteDocument;
import dev.tinta.feeds.Sitemap;
import dev.tinta.html.HtmlPostProcessor;
import dev.tinta.html.SourceContext;
import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.CommentThread;
import dev.tinta.model.Content;
import dev.tinta.model.OutputFile;
import dev.tinta.model.Page;
import dev.tinta.model.PageView;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.Sidebar;
import dev.tinta.model.TagRef;
import dev.tinta.output.SiteWriter;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.problem.SiteException;
import dev.tinta.templates.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * Builds a whole site: config, content, Markdown, HTML passes, comments, templates, feeds, then
 * one atomic write. Each stage reports every problem it finds; the build stops after the first
 * stage that found any, and the output folder keeps the last good site.
 */
public final class SiteBuilder {
  private static final List<SiteDocument> DOCUMENTS =
      List.of(new AtomFeed(), new RssFeed(), new JsonFeed(), new Sitemap(), new Robots());

  private final int threads;

  /** A builder using every core. */
  public SiteBuilder() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A builder using at most {@code threads} threads. */
  public SiteBuilder(int threads) {
    this.threads = Math.max(1, threads);
  }

  /**
   * Builds the site and writes it.
   *
   * @throws SiteException with every user mistake of the first stage that found any
   */
  public BuildResult build(BuildOptions options) {
    long start = System.nanoTime();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Rendered site = pool.submit(() -> render(options)).join();
      SiteWriter.Result written =
          pool.submit(() -> SiteWriter.write(options.outputDir(), site.files())).join();
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new BuildResult(site.posts(), site.pages(), site.tags(), written.total(),
          written.written(), millis);
    } finally {
      pool.shutdown();
    }
  }

  /** The site's files in memory, and what they hold. */
  record Rendered(List<OutputFile> files, int posts, int pages, int tags) {}

  /** Renders every file of the site without writing anything. */
  Rendered render(BuildOptions options) {
    SiteConfig config = ConfigLoader.load(options.siteDir());
    if (options.baseUrl().isPresent()) {
      config = config.withBaseUrl(options.baseUrl().get());
    }
    TemplateRenderer templates = TemplateRenderer.create(options.siteDir());
    Content content = ContentLoader.load(options.siteDir(), config, templates.layouts());
    Instant now = options.clock().instant();
    List<Post> posts = content.posts().stream()
        .filter(p -> options.drafts() || !p.draft())
        .filter(p -> options.future() || !p.date().toInstant().isAfter(now))
        .toList();
    List<Page> pages = content.pages().stream().filter(p -> options.drafts() || !p.draft())
        .toList();

    Problems problems = new Problems();
    Permalinks permalinks = new Permalinks(config.permalink(), config.timeZone());
    Map<String, String> urlBySource = urls(posts, pages, permalinks, problems);
    MarkdownRenderer markdown = new MarkdownRenderer();
    HtmlPostProcessor html = new HtmlPostProcessor(config.baseUrl());
    TagIndex tagIndex = TagIndex.of(posts);
    List<Article> articles = posts.parallelStream().map(p -> {
      String url = urlBySource.get(p.file());
      var result = html.process(markdown.render(p.markdown()),
          new SourceContext(p.file(), p.markdown(), p.bodyLine()),
          src -> Optional.ofNullable(urlBySource.get(src)));
      problems.addAll(result.problems());
      return new Article(p, url, result.html(), tagIndex.refs(p), 0);
    }).toList();
    List<PageView> pageViews = pages.stream().map(p -> {
      String url = urlBySource.get(p.file());
      var result = html.process(markdown.render(p.markdown()),
          new SourceContext(p.file(), p.markdown(), p.bodyLine()),
          src -> Optional.ofNullable(urlBySource.get(src)));
      problems.addAll(result.problems());
      return new PageView(p, url, result.html());
    }).toList();
    problems.throwIfAny();

    Map<TagRef, List<Article>> byTag = byTag(articles, tagIndex);
    List<ArchiveYear> archive = Archive.of(articles, config.timeZone());
    Sidebar sidebar = new Sidebar(markdown.render(config.author().about()), archive,
        tagIndex.all(), List.of());
    List<RenderJob> jobs = new PagePlan(config, sidebar)
        .jobs(articles, pageViews, byTag, archive, CommentThread::empty);

    List<OutputFile> files = new ArrayList<>(renderAll(templates, jobs));
    FeedSource feedSource = new FeedSource(config, articles, listingUrls(pageViews, byTag,
        archive));
    DOCUMENTS.forEach(d -> files.add(d.render(feedSource)));
    files.addAll(StaticFiles.collect(options.siteDir(), templates.staticFiles(), posts,
        urlBySource));
    return new Rendered(List.copyOf(files), articles.size(), jobs.size(), byTag.size());
  }

  private static Map<String, String> urls(List<Post> posts, List<Page> pages,
      Permalinks permalinks, Problems problems) {
    Map<String, String> bySource = new HashMap<>();
    Map<String, String> sourceByUrl = new HashMap<>();
    for (String reserved : List.of("/", "/tags/", "/page/")) {
      sourceByUrl.put(reserved, "the site itself");
    }
    for (Post p : posts) {
      claim(p.file(), permalinks.of(p), bySource, sourceByUrl, problems);
    }
    for (Page p : pages) {
      claim(p.file(), "/" + p.slug() + "/", bySource, sourceByUrl, problems);
    }
    return bySource;
  }

  private static void claim(String file, String url, Map<String, String> bySource,
      Map<String, String> sourceByUrl, Problems problems) {
    String other = sourceByUrl.putIfAbsent(url, file);
    if (other != null) {
      problems.add(Problem.at(file, 1, 1, "duplicate URL " + url + ", also used by " + other)
          .withHint("give one of them another slug: in front matter"));
    }
    bySource.put(file, url);
  }

  private static Map<TagRef, List<Article>> byTag(List<Article> articles, TagIndex tags) {
    Map<TagRef, List<Article>> out = new LinkedHashMap<>();
    for (TagRef t : tags.all()) {
      out.put(t, new ArrayList<>());
    }
    for (Article a : articles) {
      for (TagRef t : a.tags()) {
        out.get(t).add(a);
      }
    }
    return out;
  }

  private static List<String> listingUrls(List<PageView> pages, Map<TagRef, List<Article>> byTag,
      List<ArchiveYear> archive) {
    List<String> urls = new ArrayList<>();
    urls.add("/");
    pages.forEach(p -> urls.add(p.url()));
    urls.add("/tags/");
    byTag.keySet().forEach(t -> urls.add(t.url()));
    archive.forEach(y -> urls.add(y.url()));
    return urls;
  }

  private static List<OutputFile> renderAll(TemplateRenderer templates, List<RenderJob> jobs) {
    Problems problems = new Problems();
    List<OutputFile> files = jobs.parallelStream().map(job -> {
      try {
        String html = templates.render(job.layout(), job.locale(), job.model());
        return OutputFile.of(Permalinks.file(job.url()), html.getBytes(StandardCharsets.UTF_8));
      } catch (SiteException e) {
        problems.addAll(e.problems());
        return null;
      }
    }).toList();
    problems.throwIfAny();
    return files;
  }
}
