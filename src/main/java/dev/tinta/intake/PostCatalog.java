package dev.tinta.intake;

import dev.tinta.content.ContentLoader;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.pipeline.Permalinks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The published posts the server takes comments for, by slug: read from {@code content/posts/} on
 * start and again by {@link #refresh} (the server calls it every minute), so a post published later
 * takes comments without a restart. Drafts and posts dated in the future are unknown.
 */
final class PostCatalog {
  private final Supplier<Map<String, PostInfo>> loader;
  private final Clock clock;
  private volatile Map<String, PostInfo> posts;

  PostCatalog(Supplier<Map<String, PostInfo>> loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
    this.posts = Map.copyOf(loader.get());
  }

  /** A catalog of the site's posts, read with the content stage. */
  static PostCatalog of(Path siteDir, SiteConfig config, Set<String> layouts, Clock clock) {
    return new PostCatalog(() -> read(siteDir, config, layouts), clock);
  }

  /**
   * Reads the posts again; a failure (a post being edited may not parse) keeps the last good list.
   *
   * @throws dev.tinta.problem.SiteException with the problems, after keeping the old list
   */
  void refresh() {
    posts = Map.copyOf(loader.get());
  }

  /** The published post with this slug. */
  Optional<PostInfo> find(String slug) {
    PostInfo p = posts.get(slug);
    if (p == null || p.date().toInstant().isAfter(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(p);
  }

  private static Map<String, PostInfo> read(Path siteDir, SiteConfig config, Set<String> layouts) {
    Map<String, PostInfo> out = new HashMap<>();
    Permalinks permalinks = new Permalinks(config.permalink(), config.timeZone());
    for (Post p : ContentLoader.load(siteDir, config, layouts).posts()) {
      if (!p.draft()) {
        out.put(
            p.slug(),
            new PostInfo(
                p.slug(),
                p.title(),
                config.absolute(permalinks.of(p)),
                p.lang(),
                p.commentsOpen(),
                p.date()));
      }
    }
    return out;
  }
}
