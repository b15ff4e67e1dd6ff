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
}
