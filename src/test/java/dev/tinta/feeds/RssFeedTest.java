package dev.tinta.feeds;

import static dev.tinta.feeds.XmlDocuments.children;
import static dev.tinta.feeds.XmlDocuments.names;
import static dev.tinta.feeds.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.OutputFile;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RssFeedTest {
  final OutputFile file = new RssFeed().render(FeedFixture.source(20));
  final Element rss = XmlDocuments.parse(file).getDocumentElement();
  final Element channel = children(rss, "channel").get(0);

  @Test
  void isRss2WithASelfLink() {
    assertThat(file.path()).isEqualTo("rss.xml");
    assertThat(rss.getLocalName()).isEqualTo("rss");
    assertThat(rss.getNamespaceURI()).isNull();
    assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    assertThat(names(rss)).containsExactly("channel");
    assertThat(names(channel))
        .containsExactly(
            "title",
            "link",
            "description",
            "language",
            "lastBuildDate",
            "generator",
            "link",
            "item",
            "item");
    Element self = children(channel).get(6);
    assertThat(self.getNamespaceURI()).isEqualTo(AtomFeedTest.ATOM);
    assertThat(self.getAttribute("href")).isEqualTo("https://example.org/blog/rss.xml");
    assertThat(self.getAttribute("rel")).isEqualTo("self");
  }

  @Test
  void channelMetadata() {
    assertThat(children(channel, "title").get(0).getTextContent()).isEqualTo("Catatan & <Marissa>");
    assertThat(children(channel, "link").get(0).getTextContent())
        .isEqualTo("https://example.org/blog/");
    assertThat(text(channel, "description")).isEqualTo("Sekretaris, administrasi");
    assertThat(text(channel, "language")).isEqualTo("id");
    assertThat(text(channel, "lastBuildDate")).isEqualTo("Fri, 04 Feb 2011 08:00:00 +0700");
  }

  @Test
  void itemsCarryAbsoluteLinksRfc822DatesAndTheFullContent() {
    List<Element> items = children(channel, "item");
    Element first = items.get(0);
    assertThat(names(first))
        .containsExactly("title", "link", "guid", "pubDate", "category", "description");
    assertThat(text(first, "title")).isEqualTo("Привет мир");
    assertThat(text(first, "link")).isEqualTo(AtomFeedTest.MIR_URL);
    assertThat(text(first, "guid")).isEqualTo(AtomFeedTest.MIR_URL);
    assertThat(children(first, "guid").get(0).getAttribute("isPermaLink")).isEqualTo("true");
    assertThat(text(first, "pubDate")).isEqualTo("Thu, 03 Feb 2011 19:45:00 +0700");
    assertThat(text(first, "category")).isEqualTo("мир");
    assertThat(text(first, "description")).isEqualTo(FeedFixture.NEWER.content());
    assertThat(text(items.get(1), "pubDate")).isEqualTo("Tue, 31 Aug 2010 09:12:00 +0700");
  }

  @Test
  void datesParseAsRfc822() {
    for (String date :
        List.of(
            text(channel, "lastBuildDate"), text(children(channel, "item").get(0), "pubDate"))) {
      ZonedDateTime parsed = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
      assertThat(RssFeed.rfc822(parsed)).isEqualTo(date);
    }
  }

  @Test
  void englishDayAndMonthNamesWhateverTheSiteLanguage() {
    assertThat(RssFeed.rfc822(ZonedDateTime.parse("2010-08-31T09:12:00+07:00")))
        .isEqualTo("Tue, 31 Aug 2010 09:12:00 +0700");
  }
}
