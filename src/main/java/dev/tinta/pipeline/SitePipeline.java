package dev.tinta.pipeline;

import dev.tinta.comments.CommentStore;
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
import dev.tinta.html.MarkdownDom;
import dev.tinta.html.SourceContext;
import dev.tinta.images.ResponsiveImages;
import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.CommentLink;
import dev.tinta.model.Content;
import dev.tinta.model.OutputFile;
import dev.tinta.model.Page;
import dev.tinta.model.PageView;
import dev.tinta.model.Post;
import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.Sidebar;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.problem.SiteException;
import dev.tinta.templates.EncodedText;
import dev.tinta.templates.TemplateRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.commonmark.node.Node;
import org.jsoup.nodes.Document;

/**
 * The stages in order, from site folder to the site's files in memory. Given the state of the
 * previous build and what changed since, it reuses every intermediate result the changes did not
 * touch; the files it returns are the same as a run without a previous state would return.
 */
final class SitePipeline {
  private static final List<SiteDocument> DOCUMENTS =
      List.of(new AtomFeed(), new RssFeed(), new JsonFeed(), new Sitemap(), new Robots());

  /** Comments in the sidebar's "recent comments" block. */
  private static final int RECENT_COMMENTS = 5;

  private final BuildOptions options;
  private final BuildProgress progress;
  private final Consumer<OutputFile> sink;
  private final boolean retain;
  private final MarkdownRenderer markdown = new MarkdownRenderer();

  /**
   * @param sink receives every file of the site as soon as it is made, from many threads
   * @param retain whether the returned state keeps the pages and files, for the next incremental
   *     build; a one-off build lets them go once the sink has them
   */
  SitePipeline(
      BuildOptions options, BuildProgress progress, Consumer<OutputFile> sink, boolean retain) {
    this.options = options;
    this.progress = progress;
    this.sink = sink;
    this.retain = retain;
  }

  /**
   * Runs every stage; must run inside the build's fork-join pool (parallel streams use it).
   *
   * @param previous the last good build's state, reused where {@code changes} allow
   * @throws SiteException with the problems of the first stage that found any
   */
  SiteState run(Optional<SiteState> previous, Changes changes) {
    Optional<SiteState> prev = changes.everything() ? Optional.empty() : previous;
    SiteConfig config = prev.map(SiteState::config).orElseGet(this::config);
    TemplateRenderer templates =
        prev.map(SiteState::templates).orElseGet(() -> TemplateRenderer.create(options.siteDir()));
    progress.finished("config and templates");
    Loaded loaded = load(prev, changes, config, templates);
    Content content = loaded.content();
    CommentStore comments = loaded.comments();

    progress.finished("read content and comments");
    Instant now = options.clock().instant();
    List<Post> posts =
        content.posts().stream()
            .filter(p -> options.drafts() || !p.draft())
            .filter(p -> options.future() || !p.date().toInstant().isAfter(now))
            .toList();
    List<Page> pages =
        content.pages().stream().filter(p -> options.drafts() || !p.draft()).toList();

    Problems problems = new Problems();
    problems.addAll(
        comments.checkPosts(content.posts().stream().map(Post::slug).collect(Collectors.toSet())));
    Permalinks permalinks = new Permalinks(config.permalink(), config.timeZone());
    Map<String, String> urls = urls(posts, pages, permalinks, problems);
    problems.throwIfAny();
    boolean sameUrls = prev.map(p -> p.urlBySource().equals(urls)).orElse(false);
    List<OutputFile> statics =
        StaticFiles.collect(options.siteDir(), templates.staticFiles(), posts, urls);
    SiteImages images =
        new SiteImages(
            options.siteDir(),
            statics,
            ResponsiveImages.forSite(options.siteDir()),
            ImageMemo.after(prev.map(SiteState::imageMemo), changes));
    HtmlPostProcessor html = new HtmlPostProcessor(config.baseUrl(), images);
    TagIndex tagIndex = TagIndex.of(posts);
    Map<String, Article> oldArticles = prev.map(SiteState::articles).orElse(Map.of());
    Map<String, Article> articleByFile = new ConcurrentHashMap<>();
    List<Article> articles =
        posts.parallelStream()
            .map(
                p -> {
                  String url = urls.get(p.file());
                  Article old = oldArticles.get(p.file());
                  ProcessedHtml body =
                      old != null
                              && old.post().equals(p)
                              && stillValid(old.url(), url, p.markdown(), sameUrls)
                              && images.unchanged(old.body())
                          ? old.body()
                          : process(html, p.file(), p.markdown(), p.bodyLine(), urls, problems);
                  Article a = new Article(p, url, body, tagIndex.refs(p), comments.count(p.slug()));
                  Article kept = a.equals(old) ? old : a;
                  articleByFile.put(p.file(), kept);
                  return kept;
                })
            .toList();
    progress.finished("markdown and html passes");
    Map<String, PageView> oldViews = prev.map(SiteState::pageViews).orElse(Map.of());
    Map<String, PageView> viewByFile = new HashMap<>();
    List<PageView> pageViews =
        pages.stream()
            .map(
                p -> {
                  PageView old = oldViews.get(p.file());
                  String url = urls.get(p.file());
                  PageView v =
                      old != null
                              && old.page().equals(p)
                              && stillValid(old.url(), url, p.markdown(), sameUrls)
                              && images.unchanged(old.body())
                          ? old
                          : new PageView(
                              p,
                              url,
                              process(html, p.file(), p.markdown(), p.bodyLine(), urls, problems));
                  viewByFile.put(p.file(), v);
                  return v;
                })
            .toList();
    problems.throwIfAny();

    progress.finished("pages");
    Map<TagRef, List<Article>> byTag = byTag(articles, tagIndex);
    List<ArchiveYear> archive =
        Archive.reuse(
            Archive.of(articles, config.timeZone()),
            prev.map(SiteState::archive).orElse(List.of()));
    Sidebar fresh =
        new Sidebar(
            markdown.render(config.author().about()),
            Archive.summary(archive),
            tagIndex.all(),
            recentComments(comments, articles));
    Sidebar sidebar = prev.map(SiteState::sidebar).filter(fresh::equals).orElse(fresh);
    String sidebarHtml =
        prev.filter(p -> p.sidebar() == sidebar)
            .map(SiteState::sidebarHtml)
            .orElseGet(
                () ->
                    templates.renderPartial(
                        "sidebar",
                        config.locale(),
                        Map.of("site", config, "sidebar", sidebar, "root", PagePlan.root(config))));
    progress.finished("tags, archive, sidebar");
    List<RenderJob> jobs =
        new PagePlan(config, sidebar, sidebarHtml)
            .jobs(articles, pageViews, byTag, archive, comments::thread);
    progress.finished("comment threads and page plan");
    FeedSource feeds = new FeedSource(config, articles, listingUrls(pageViews, byTag, archive));
    Map<Integer, SiteState.Made> oldDocuments = prev.map(SiteState::documents).orElse(Map.of());
    // the feeds and the sitemap need no page and not each other: made while the pages render
    List<ForkJoinTask<SiteState.Made>> making =
        IntStream.range(0, DOCUMENTS.size())
            .mapToObj(i -> ForkJoinTask.adapt(() -> document(i, feeds, oldDocuments.get(i))).fork())
            .toList();
    Map<String, SiteState.RenderedPage> rendered =
        renderAll(
            templates,
            jobs,
            prev.map(SiteState::pages).orElse(Map.of()),
            EncodedText.of(sidebarHtml));

    progress.finished("render and write pages");
    List<OutputFile> files = new ArrayList<>();
    if (retain) {
      jobs.forEach(j -> files.add(rendered.get(j.url()).file()));
    }
    List<SiteState.Made> made = making.stream().map(ForkJoinTask::join).toList();
    Map<Integer, SiteState.Made> documents = new HashMap<>();
    List<OutputFile> more = new ArrayList<>();
    for (int i = 0; i < made.size(); i++) {
      documents.put(i, made.get(i));
      more.add(made.get(i).file());
    }
    more.addAll(statics);
    more.addAll(images.files(bodies(articles, pageViews)));
    more.parallelStream().forEach(sink);
    if (retain) {
      files.addAll(more);
    }
    progress.finished("feeds, sitemap, static files");
    return new SiteState(
        config,
        templates,
        content,
        comments,
        urls,
        Map.copyOf(articleByFile),
        Map.copyOf(viewByFile),
        archive,
        sidebar,
        sidebarHtml,
        rendered,
        retain ? Map.copyOf(documents) : Map.of(),
        List.copyOf(files),
        jobs.size(),
        articles.size(),
        byTag.size(),
        images.memo());
  }

  private static List<ProcessedHtml> bodies(List<Article> articles, List<PageView> pages) {
    List<ProcessedHtml> out = new ArrayList<>();
    articles.forEach(a -> out.add(a.body()));
    pages.forEach(p -> out.add(p.body()));
    return out;
  }

  /** Document {@code i} of {@link #DOCUMENTS}: the old one when its inputs are unchanged. */
  private static SiteState.Made document(int i, FeedSource feeds, SiteState.Made old) {
    Object inputs = DOCUMENTS.get(i).inputs(feeds);
    return old != null && old.inputs().equals(inputs)
        ? old
        : new SiteState.Made(inputs, DOCUMENTS.get(i).render(feeds));
  }

  private SiteConfig config() {
    SiteConfig config = ConfigLoader.load(options.siteDir());
    return options.baseUrl().map(config::withBaseUrl).orElse(config);
  }

  private record Loaded(Content content, CommentStore comments) {}

  /** The layouts front matter may name: every template but the listing ones. */
  private static java.util.Set<String> entryLayouts(TemplateRenderer templates) {
    java.util.Set<String> layouts = new java.util.TreeSet<>(templates.layouts());
    layouts.removeAll(PagePlan.LISTING_LAYOUTS);
    return layouts;
  }

  /** Content and comments problems are reported together, so the user sees both at once. */
  private Loaded load(
      Optional<SiteState> prev, Changes changes, SiteConfig config, TemplateRenderer templates) {
    List<Problem> problems = new ArrayList<>();
    Content content = null;
    CommentStore comments =
        prev.filter(p -> !changes.comments()).map(SiteState::comments).orElse(null);
    // comments load beside the content: each has sequential parts the other's work can fill
    ForkJoinTask<CommentStore> commentsTask =
        comments == null
            ? ForkJoinTask.adapt(() -> CommentStore.load(options.siteDir(), config.comments()))
                .fork()
            : null;
    try {
      content =
          prev.isPresent()
              ? (changes.content()
                  ? ContentLoader.reload(
                      options.siteDir(),
                      config,
                      entryLayouts(templates),
                      prev.get().content(),
                      changes.files())
                  : prev.get().content())
              : ContentLoader.load(options.siteDir(), config, entryLayouts(templates));
    } catch (SiteException e) {
      problems.addAll(e.problems());
    }
    if (commentsTask != null) {
      try {
        comments = commentsTask.join();
      } catch (SiteException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
    return new Loaded(content, comments);
  }

  /**
   * Whether a body processed last time still holds: same source and URL, and either no link to
   * another source ({@code .md}) or no URL of any source changed.
   */
  private static boolean stillValid(String oldUrl, String url, String markdown, boolean sameUrls) {
    return oldUrl.equals(url) && (sameUrls || !markdown.contains(".md"));
  }

  private ProcessedHtml process(
      HtmlPostProcessor html,
      String file,
      String md,
      int line,
      Map<String, String> urls,
      Problems problems) {
    Node ast = markdown.parse(md);
    // the tree straight from Markdown where it can be built, else rendered and parsed
    Document body =
        MarkdownDom.of(ast).orElseGet(() -> HtmlPostProcessor.parse(markdown.render(ast)));
    var result =
        html.process(
            body, new SourceContext(file, md, line), src -> Optional.ofNullable(urls.get(src)));
    problems.addAll(result.problems());
    return result.html();
  }

  /** The newest approved comments on published posts, for the sidebar. */
  private static List<CommentLink> recentComments(CommentStore comments, List<Article> articles) {
    Map<String, Article> bySlug = new HashMap<>();
    articles.forEach(a -> bySlug.put(a.slug(), a));
    return comments.recent(RECENT_COMMENTS * 10).stream()
        .filter(c -> bySlug.containsKey(c.postSlug()))
        .limit(RECENT_COMMENTS)
        .map(
            c -> {
              Article a = bySlug.get(c.postSlug());
              return new CommentLink(
                  a.title(), a.url() + "#" + c.id(), c.author(), c.date(), c.excerptText());
            })
        .toList();
  }

  private static Map<String, String> urls(
      List<Post> posts, List<Page> pages, Permalinks permalinks, Problems problems) {
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

  private static void claim(
      String file,
      String url,
      Map<String, String> bySource,
      Map<String, String> sourceByUrl,
      Problems problems) {
    String other = sourceByUrl.putIfAbsent(url, file);
    if (other != null) {
      problems.add(
          Problem.at(file, 1, 1, "duplicate URL " + url + ", also used by " + other)
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

  private static List<String> listingUrls(
      List<PageView> pages, Map<TagRef, List<Article>> byTag, List<ArchiveYear> archive) {
    List<String> urls = new ArrayList<>();
    urls.add("/");
    pages.forEach(p -> urls.add(p.url()));
    urls.add("/tags/");
    byTag.keySet().forEach(t -> urls.add(t.url()));
    archive.forEach(y -> urls.add(y.url()));
    return urls;
  }

  /** Renders every job whose model changed since {@code previous}; reuses the rest. */
  private Map<String, SiteState.RenderedPage> renderAll(
      TemplateRenderer templates,
      List<RenderJob> jobs,
      Map<String, SiteState.RenderedPage> previous,
      EncodedText sidebar) {
    Problems problems = new Problems();
    java.util.concurrent.atomic.AtomicInteger done =
        new java.util.concurrent.atomic.AtomicInteger();
    Map<String, SiteState.RenderedPage> out = new ConcurrentHashMap<>();
    jobs.parallelStream()
        .forEach(
            job -> {
              progress.advance("rendering", done.incrementAndGet(), jobs.size());
              SiteState.RenderedPage old = previous.get(job.url());
              OutputFile.Generated file;
              if (old != null && ModelEquality.same(old.job(), job)) {
                file = old.file();
              } else {
                try {
                  file =
                      new OutputFile.Generated(
                          Permalinks.file(job.url()),
                          templates.renderUtf8(job.layout(), job.locale(), job.model(), sidebar));
                } catch (SiteException e) {
                  problems.addAll(e.problems());
                  return;
                }
              }
              if (problems.isEmpty()) {
                sink.accept(file);
              }
              if (retain) {
                out.put(job.url(), new SiteState.RenderedPage(job, file));
              }
            });
    problems.throwIfAny();
    return out;
  }
}
