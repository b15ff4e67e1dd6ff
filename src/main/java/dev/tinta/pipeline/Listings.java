package dev.tinta.pipeline;

import dev.tinta.comments.CommentStore;
import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.markdown.MarkdownTooComplex;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.CommentLink;
import dev.tinta.model.Sidebar;
import dev.tinta.model.SidebarModel;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 6: what lists the posts: the posts of each tag, the archive by year and month, and the
 * sidebar every page shows, rendered once.
 *
 * @param byTag every tag (by slug) with its posts, newest first
 * @param archive years, newest first
 * @param sidebarHtml {@code partials/sidebar.ftlh} rendered with {@code sidebar}
 */
record Listings(
    Map<TagRef, List<Article>> byTag,
    List<ArchiveYear> archive,
    Sidebar sidebar,
    String sidebarHtml) {

  /** Comments in the sidebar's "recent comments" block. */
  private static final int RECENT_COMMENTS = 5;

  Listings {
    byTag = Collections.unmodifiableMap(new LinkedHashMap<>(byTag));
    archive = List.copyOf(archive);
  }

  /** The sidebar's "about me" from {@code author.about} of site.yaml, as HTML. */
  private static String about(SiteConfig config) {
    try {
      return new MarkdownRenderer().render(config.author().about());
    } catch (MarkdownTooComplex e) {
      throw new SiteException(
          Problem.inFile("site.yaml", "author.about: " + e.getMessage()).withHint(e.hint()));
    }
  }

  static Listings of(
      Settings settings, Bodies bodies, TagIndex tags, CommentStore comments, Reuse reuse) {
    SiteConfig config = settings.config();
    List<ArchiveYear> archive = reuse.archive(Archive.of(bodies.articles(), config.timeZone()));
    Sidebar sidebar =
        reuse.sidebar(
            new Sidebar(
                about(config),
                Archive.summary(archive),
                tags.all(),
                recentComments(comments, bodies.articles())));
    String sidebarHtml =
        reuse.sidebarHtml(
            sidebar,
            () ->
                settings
                    .templates()
                    .renderPartial(
                        "sidebar",
                        config.locale(),
                        new SidebarModel(config, sidebar, PagePlan.root(config))));
    return new Listings(byTag(bodies.articles(), tags), archive, sidebar, sidebarHtml);
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
    out.replaceAll((tag, posts) -> List.copyOf(posts));
    return out;
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

  /** Site paths of the listing pages, for the sitemap: home, tags, archive years. */
  List<String> urls(List<String> pageUrls) {
    List<String> urls = new ArrayList<>();
    urls.add("/");
    urls.addAll(pageUrls);
    urls.add("/tags/");
    byTag.keySet().forEach(t -> urls.add(t.url()));
    archive.forEach(y -> urls.add(y.url()));
    return urls;
  }
}
