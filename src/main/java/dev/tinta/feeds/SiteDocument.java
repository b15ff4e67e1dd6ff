package dev.tinta.feeds;

import dev.tinta.model.OutputFile;

/** One machine-readable file of the site made from all its posts: a feed, the sitemap, robots. */
public interface SiteDocument {
  OutputFile render(FeedSource source);

  /**
   * What the document is made from: when it equals the last build's, the last file is reused. By
   * default the whole source; documents that read only part of it say which part.
   */
  default Object inputs(FeedSource source) {
    return source;
  }
}
