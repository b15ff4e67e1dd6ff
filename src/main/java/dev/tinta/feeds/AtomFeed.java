package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** {@code feed.xml}: Atom (RFC 4287) with full post content and RFC 3339 dates. */
public final class AtomFeed extends Feed.Document {
  public static final String PATH = "feed.xml";

  @Override
  public OutputFile write(Feed feed) {
    SiteConfig c = feed.config();
    Xml x = new Xml();
    x.start("feed", "xmlns", "http://www.w3.org/2005/Atom", "xml:lang", c.language()).newline();
    x.text("title", c.title());
    if (!c.description().isEmpty()) {
      x.text("subtitle", c.description());
    }
    x.text("id", c.absolute("/"));
    x.empty("link", "rel", "alternate", "type", "text/html", "href", c.absolute("/"));
    x.empty("link", "rel", "self", "type", "application/atom+xml", "href", c.absolute(PATH));
    x.text("updated", rfc3339(feed.updated()));
    x.start("author")
        .newline()
        .text("name", c.author().name().isEmpty() ? c.title() : c.author().name())
        .end();
    x.text("generator", "tinta");
    for (Article a : feed.posts()) {
      x.start("entry", "xml:lang", a.lang()).newline();
      x.text("title", a.title());
      x.empty("link", "rel", "alternate", "type", "text/html", "href", c.absolute(a.url()));
      x.text("id", c.absolute(a.url()));
      x.text("published", rfc3339(a.date()));
      x.text("updated", rfc3339(a.updated()));
      if (!a.author().isEmpty()) {
        x.start("author").newline().text("name", a.author()).end();
      }
      for (TagRef t : a.tags()) {
        x.empty("category", "term", t.name(), "scheme", c.absolute("/tags/"));
      }
      x.text("summary", a.description());
      x.text("content", a.content(), "type", "html", "xml:base", c.absolute(a.url()));
      x.end();
    }
    x.end();
    return OutputFile.of(PATH, x.bytes());
  }

  static String rfc3339(ZonedDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
  }
}
