package dev.tinta.feeds;

import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;
import java.time.ZonedDateTime;
import java.util.List;

/** {@code sitemap.xml} (sitemaps.org 0.9): listing pages, then every post with its last change. */
public final class Sitemap implements SiteDocument<Sitemap.Entries> {
  public static final String PATH = "sitemap.xml";

  /**
   * What the sitemap shows: each page's URL, and each post's with its last change (nothing of its
   * content).
   */
  public record Entries(SiteConfig config, List<String> pages, List<Entry> posts) {
    public Entries {
      pages = List.copyOf(pages);
      posts = List.copyOf(posts);
    }
  }

  /** A post's URL and last change. */
  public record Entry(String url, ZonedDateTime updated) {}

  @Override
  public Entries inputs(FeedSource source) {
    return new Entries(
        source.config(),
        source.otherUrls(),
        source.posts().stream().map(a -> new Entry(a.url(), a.updated())).toList());
  }

  @Override
  public OutputFile write(Entries entries) {
    SiteConfig c = entries.config();
    Xml x = new Xml();
    x.start("urlset", "xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9").newline();
    for (String url : entries.pages()) {
      x.start("url").text("loc", c.absolute(url)).end();
    }
    for (Entry e : entries.posts()) {
      x.start("url")
          .text("loc", c.absolute(e.url()))
          .text("lastmod", AtomFeed.rfc3339(e.updated()))
          .end();
    }
    x.end();
    return OutputFile.of(PATH, x.bytes());
  }
}
