package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;

/** {@code sitemap.xml} (sitemaps.org 0.9): listing pages, then every post with its last change. */
public final class Sitemap implements SiteDocument {
  public static final String PATH = "sitemap.xml";

  /** The sitemap shows each post's URL and last change, nothing of its content. */
  @Override
  public Object inputs(FeedSource source) {
    return java.util.List.of(
        source.config(),
        source.otherUrls(),
        source.posts().stream().map(a -> java.util.List.of(a.url(), a.updated())).toList());
  }

  @Override
  public OutputFile render(FeedSource source) {
    SiteConfig c = source.config();
    Xml x = new Xml();
    x.start("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9").newline();
    for (String url : source.otherUrls()) {
      x.start("url").text("loc", c.absolute(url)).end();
    }
    for (Article a : source.posts()) {
      x.start("url")
          .text("loc", c.absolute(a.url()))
          .text("lastmod", AtomFeed.rfc3339(a.updated()))
          .end();
    }
    x.end();
    return OutputFile.of(PATH, x.bytes());
  }
}
