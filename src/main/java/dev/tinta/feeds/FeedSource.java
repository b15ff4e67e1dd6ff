package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.SiteConfig;
import java.util.List;

/**
 * What the feeds and the sitemap are made from.
 *
 * @param posts every published post, newest first
 * @param otherUrls site paths of the other pages worth listing in the sitemap (home, pages, tags,
 *     archives), in a stable order
 */
public record FeedSource(SiteConfig config, List<Article> posts, List<String> otherUrls) {
  public FeedSource {
    posts = List.copyOf(posts);
    otherUrls = List.copyOf(otherUrls);
  }

  /** What a feed shows: the settings and its newest posts. */
  Object feedInputs() {
    return List.of(config, feedPosts());
  }

  /** The newest posts a feed carries. */
  List<Article> feedPosts() {
    return posts.subList(0, Math.min(posts.size(), config.feedSize()));
  }
}
