package dev.tinta.pipeline;

import dev.tinta.feeds.JsonLd;
import dev.tinta.model.ArchiveMonth;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.CommentThread;
import dev.tinta.model.PageView;
import dev.tinta.model.Pager;
import dev.tinta.model.Sidebar;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Decides every HTML page of the site and what its template sees: posts, pages, the paginated
 * index, tag pages, the tag list, year and month archives, 404. Linear in the number of posts.
 */
final class PagePlan {
  /** Layouts tinta itself renders lists with; front matter cannot name them. */
  static final java.util.Set<String> LISTING_LAYOUTS =
      java.util.Set.of("index", "tag", "tags", "archive", "404", "search");

  private final SiteConfig config;
  private final Sidebar sidebar;
  private final String sidebarHtml;

  private final String root;

  /**
   * @param sidebarHtml the sidebar, rendered once for every page
   */
  PagePlan(SiteConfig config, Sidebar sidebar, String sidebarHtml) {
    this.config = config;
    this.sidebar = sidebar;
    this.sidebarHtml = sidebarHtml;
    this.root = root(config);
  }

  /** The base URL's path without its final slash: what templates put before a site path. */
  static String root(SiteConfig config) {
    String path = config.baseUrl().getRawPath();
    return path.substring(0, path.length() - 1);
  }

  List<RenderJob> jobs(
      List<Article> articles,
      List<PageView> pages,
      Map<TagRef, List<Article>> byTag,
      List<ArchiveYear> archive,
      Function<String, CommentThread> threads) {
    // in parallel: rendering the comment threads (Markdown, sanitizing) is most of the work here
    List<RenderJob> jobs =
        new ArrayList<>(
            IntStream.range(0, articles.size())
                .parallel()
                .mapToObj(i -> postJob(articles, i, threads))
                .toList());
    for (PageView p : pages) {
      Map<String, Object> m = common(p.url(), p.title(), p.description(), "page");
      m.put("page", p);
      jobs.add(new RenderJob(p.url(), p.page().layout(), Locale.forLanguageTag(p.lang()), m));
    }
    paginate(jobs, "/", articles, config.pageSize(), "index", config.title(), Map.of());
    List<TagRef> tags = new ArrayList<>(byTag.keySet());
    for (TagRef tag : tags) {
      paginate(
          jobs,
          tag.url(),
          byTag.get(tag),
          config.tagPageSize(),
          "tag",
          tag.name(),
          Map.of("tag", tag));
    }
    Map<String, Object> tagList = common("/tags/", "", config.description(), "tags");
    tagList.put("tags", tags);
    jobs.add(new RenderJob("/tags/", "tags", config.locale(), tagList));
    for (ArchiveYear y : archive) {
      Map<String, Object> m = common(y.url(), String.valueOf(y.year()), "", "archive");
      m.put("year", y);
      m.put("months", y.months());
      jobs.add(new RenderJob(y.url(), "archive", config.locale(), m));
      for (ArchiveMonth month : y.months()) {
        Map<String, Object> mm = common(month.url(), "", "", "archive");
        mm.put("year", y);
        mm.put("month", month);
        mm.put("months", List.of(month));
        jobs.add(new RenderJob(month.url(), "archive", config.locale(), mm));
      }
    }
    jobs.add(
        new RenderJob("/404.html", "404", config.locale(), common("/404.html", "", "", "404")));
    if (config.search()) {
      String url = dev.tinta.search.SiteSearch.PAGE; // #15
      jobs.add(new RenderJob(url, "search", config.locale(), common(url, "", "", "search")));
    }
    return jobs;
  }

  private RenderJob postJob(
      List<Article> articles, int i, Function<String, CommentThread> threads) {
    Article a = articles.get(i);
    Map<String, Object> m = common(a.url(), a.title(), a.description(), "post");
    m.put("post", a);
    if (i > 0) {
      m.put("newer", articles.get(i - 1));
    }
    if (i + 1 < articles.size()) {
      m.put("older", articles.get(i + 1));
    }
    m.put("comments", threads.apply(a.slug()));
    m.put("jsonLd", new JsonLd(config, a));
    return new RenderJob(a.url(), a.post().layout(), Locale.forLanguageTag(a.lang()), m);
  }

  /** Pages of {@code size} posts: {@code base}, then {@code base + "page/N/"}. */
  private void paginate(
      List<RenderJob> jobs,
      String base,
      List<Article> posts,
      int size,
      String layout,
      String title,
      Map<String, Object> extra) {
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
      Map<String, Object> m = common(url, title, config.description(), layout);
      m.putAll(extra);
      m.put("posts", posts.subList((n - 1) * size, Math.min(posts.size(), n * size)));
      m.put("pager", pager);
      jobs.add(new RenderJob(url, layout, config.locale(), m));
    }
  }

  static String pageUrl(String base, int n) {
    return n == 1 ? base : base + "page/" + n + "/";
  }

  private Map<String, Object> common(String url, String title, String description, String kind) {
    Map<String, Object> m = new HashMap<>();
    m.put("site", config);
    m.put("sidebar", sidebar);
    m.put("sidebarHtml", sidebarHtml);
    m.put("url", url);
    m.put("canonical", config.absolute(url));
    m.put("title", title);
    m.put("description", description.isEmpty() ? config.description() : description);
    m.put("kind", kind);
    m.put("root", root);
    return m;
  }
}
