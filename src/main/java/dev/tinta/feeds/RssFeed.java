package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code rss.xml}: RSS 2.0 with RFC 822 dates and a self link. */
public final class RssFeed extends Feed.Document {
  public static final String PATH = "rss.xml";
  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH);

  @Override
  public OutputFile write(Feed feed) {
    SiteConfig c = feed.config();
    Xml x = new Xml();
    x.start("rss", "version", "2.0", "xmlns:atom", "http://www.w3.org/2005/Atom").newline();
    x.start("channel").newline();
    x.text("title", c.title());
    x.text("link", c.absolute("/"));
    x.text("description", c.description().isEmpty() ? c.title() : c.description());
    x.text("language", c.language());
    x.text("lastBuildDate", rfc822(feed.updated()));
    x.text("generator", "tinta");
    x.empty("atom:link", "href", c.absolute(PATH), "rel", "self", "type", "application/rss+xml");
    for (Article a : feed.posts()) {
      x.start("item").newline();
      x.text("title", a.title());
      x.text("link", c.absolute(a.url()));
      x.text("guid", c.absolute(a.url()), "isPermaLink", "true");
      x.text("pubDate", rfc822(a.date()));
      for (TagRef t : a.tags()) {
        x.text("category", t.name());
      }
      x.text("description", a.content());
      x.end();
    }
    x.end().end();
    return OutputFile.of(PATH, x.bytes());
  }

  static String rfc822(ZonedDateTime t) {
    return RFC_822.format(t);
  }
}
