package dev.tinta.pipeline;

import dev.tinta.feeds.JsonLd;
import dev.tinta.model.ArchiveMonth;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.CommentThread;
import dev.tinta.model.PageFrame;
import dev.tinta.model.PageModel;
import dev.tinta.model.PageModel.ArchivePage;
import dev.tinta.model.PageModel.IndexPage;
import dev.tinta.model.PageModel.NotFoundPage;
import dev.tinta.model.PageModel.PostPage;
import dev.tinta.model.PageModel.StandalonePage;
import dev.tinta.model.PageModel.TagListPage;
import dev.tinta.model.PageModel.TagPage;
import dev.tinta.model.PageView;
import dev.tinta.model.Pager;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import dev.tinta.parallel.Workers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Stage: decides every HTML page of the site and the typed model its template sees: posts, pages,
 * the paginated index, tag pages, the tag list, year and month archives, 404. Linear in the number
 * of posts.
 */
final class PagePlan {
  /** Layouts tinta itself renders lists with; front matter cannot name them. */
  static final Set<String> LISTING_LAYOUTS = Set.of("index", "tag", "tags", "archive", "404");

  private final SiteConfig config;
  private final Listings listings;
  private final String root;

  private PagePlan(SiteConfig config, Listings listings) {
    this.config = config;
    this.listings = listings;
    this.root = root(config);
  }

  /**
   * Every page of the site, in a fixed order.
   *
   * @param threads the comment thread of a post, by slug
   */
  static List<RenderJob> of(
      SiteConfig config,
      Bodies bodies,
      Listings listings,
      Function<String, CommentThread> threads,
      Workers workers) {
    return new PagePlan(config, listings).jobs(bodies, threads, workers);
  }

  /** The base URL's path without its final slash: what templates put before a site path. */
  static String root(SiteConfig config) {
    String path = config.baseUrl().getRawPath();
    return path.substring(0, path.length() - 1);
  }

  private List<RenderJob> jobs(
      Bodies bodies, Function<String, CommentThread> threads, Workers workers) {
    List<Article> articles = bodies.articles();
    // in parallel: rendering the comment threads (Markdown, sanitizing) is most of the work here
    List<RenderJob> jobs =
        new ArrayList<>(
            workers.map(
                IntStream.range(0, articles.size()).boxed().toList(),
                i -> postJob(articles, i, threads)));
    for (PageView p : bodies.pages()) {
      PageFrame f = frame(p.url(), p.title(), p.description(), "page");
      jobs.add(
          new RenderJob(
              p.page().layout(), Locale.forLanguageTag(p.lang()), new StandalonePage(f, p)));
    }
    paginate(jobs, "/", articles, config.pageSize(), Optional.empty(), config.title());
    for (TagRef tag : listings.byTag().keySet()) {
      paginate(
          jobs,
          tag.url(),
          listings.byTag().get(tag),
          config.tagPageSize(),
          Optional.of(tag),
          tag.name());
    }
    List<TagRef> tags = List.copyOf(listings.byTag().keySet());
    jobs.add(
        listing("tags", new TagListPage(frame("/tags/", "", config.description(), "tags"), tags)));
    for (ArchiveYear y : listings.archive()) {
      PageFrame yearFrame = frame(y.url(), String.valueOf(y.year()), "", "archive");
      jobs.add(listing("archive", new ArchivePage(yearFrame, y, y.months(), Optional.empty())));
      for (ArchiveMonth month : y.months()) {
        PageFrame monthFrame = frame(month.url(), "", "", "archive");
        jobs.add(
            listing("archive", new ArchivePage(monthFrame, y, List.of(month), Optional.of(month))));
      }
    }
    jobs.add(listing("404", new NotFoundPage(frame("/404.html", "", "", "404"))));
    return jobs;
  }

  private RenderJob postJob(
      List<Article> articles, int i, Function<String, CommentThread> threads) {
    Article a = articles.get(i);
    PostPage page =
        new PostPage(
            frame(a.url(), a.title(), a.description(), "post"),
            a,
            i > 0 ? Optional.of(articles.get(i - 1)) : Optional.empty(),
            i + 1 < articles.size() ? Optional.of(articles.get(i + 1)) : Optional.empty(),
            threads.apply(a.slug()),
            new JsonLd(config, a));
    return new RenderJob(a.post().layout(), Locale.forLanguageTag(a.lang()), page);
  }

  /** Pages of {@code size} posts: {@code base}, then {@code base + "page/N/"}. */
  private void paginate(
      List<RenderJob> jobs,
      String base,
      List<Article> posts,
      int size,
      Optional<TagRef> tag,
      String title) {
    int total = Math.max(1, (posts.size() + size - 1) / size);
    for (int n = 1; n <= total; n++) {
      String url = pageUrl(base, n);
      Pager pager =
          new Pager(
              n,
              total,
              url,
              n > 1 ? pageUrl(base, n - 1) : "",
              n < total ? pageUrl(base, n + 1) : "");
      List<Article> shown = posts.subList((n - 1) * size, Math.min(posts.size(), n * size));
      PageFrame f = frame(url, title, config.description(), tag.isPresent() ? "tag" : "index");
      jobs.add(
          tag.isPresent()
              ? listing("tag", new TagPage(f, tag.get(), shown, pager))
              : listing("index", new IndexPage(f, shown, pager)));
    }
  }

  static String pageUrl(String base, int n) {
    return n == 1 ? base : base + "page/" + n + "/";
  }

  /** A page in the site's language with one of tinta's own layouts. */
  private RenderJob listing(String layout, PageModel page) {
    return new RenderJob(layout, config.locale(), page);
  }

  private PageFrame frame(String url, String title, String description, String kind) {
    return new PageFrame(
        config,
        listings.sidebar(),
        listings.sidebarHtml(),
        url,
        config.absolute(url),
        title,
        description.isEmpty() ? config.description() : description,
        kind,
        root);
  }
}
