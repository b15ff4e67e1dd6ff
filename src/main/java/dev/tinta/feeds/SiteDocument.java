package dev.tinta.feeds;

import dev.tinta.model.OutputFile;
import java.util.List;

/**
 * One machine-readable file of the site made from all its posts: a feed, the sitemap, robots.
 *
 * @param <I> what the file is made from: an equal value makes the same file, so an incremental
 *     build reuses the last one
 */
public interface SiteDocument<I> {
  /** Every document of a site, in a fixed order. */
  static List<SiteDocument<?>> all() {
    return List.of(new AtomFeed(), new RssFeed(), new JsonFeed(), new Sitemap(), new Robots());
  }

  /** The part of {@code source} the file shows. */
  I inputs(FeedSource source);

  /** The file made from {@code inputs}. */
  OutputFile write(I inputs);

  /** The file made from {@code source}. */
  default OutputFile render(FeedSource source) {
    return write(inputs(source));
  }
}
