package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.SiteConfig;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * What a feed shows: the settings, the newest posts, and when the newest change of any post was.
 *
 * @param posts the newest {@code feed_size} posts, newest first
 * @param updated the latest update time of every published post (1970 when there is none)
 */
public record Feed(SiteConfig config, List<Article> posts, ZonedDateTime updated) {
  public Feed {
    posts = List.copyOf(posts);
  }

  /** The feeds (Atom, RSS, JSON Feed) all show the same part of the site. */
  abstract static class Document implements SiteDocument<Feed> {
    @Override
    public final Feed inputs(FeedSource source) {
      List<Article> all = source.posts();
      ZonedDateTime newest =
          all.stream()
              .map(Article::updated)
              .max(ZonedDateTime::compareTo)
              .orElse(ZonedDateTime.parse("1970-01-01T00:00:00Z"));
      return new Feed(
          source.config(),
          all.subList(0, Math.min(all.size(), source.config().feedSize())),
          newest);
    }
  }
}
