package dev.tinta.feeds;

import dev.tinta.model.OutputFile;

/** One machine-readable file of the site made from all its posts: a feed, the sitemap, robots. */
public interface SiteDocument {
  OutputFile render(FeedSource source);
}
