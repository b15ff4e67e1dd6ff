package dev.tinta.feeds;

import static dev.tinta.feeds.XmlDocuments.children;
import static dev.tinta.feeds.XmlDocuments.names;
import static dev.tinta.feeds.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.OutputFile;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AtomFeedTest {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String XML = "http://www.w3.org/XML/1998/namespace";
  static final String RFC_3339 = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)";
  static final String MIR_URL =
      "https://example.org/blog/2011/02/"
          + "%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80/";

  final OutputFile file = new AtomFeed().render(FeedFixture.source(20));
  final Element feed = XmlDocuments.parse(file).getDocumentElement();

  @Test
  void isAnAtomFeedAtFeedXml() {
    assertThat(file.path()).isEqualTo("feed.xml");
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(feed.getAttributeNS(XML, "lang")).isEqualTo("id");
    assertThat(names(feed))
        .containsExactly(
            "title",
            "subtitle",
            "id",
            "link",
            "link",
            "updated",
            "author",
            "generator",
            "entry",
            "entry");
    assertThat(children(feed)).allMatch(e -> ATOM.equals(e.getNamespaceURI()));
  }

  @Test
  void feedMetadata() {
    assertThat(text(feed, "title")).isEqualTo("Catatan & <Marissa>");
    assertThat(text(feed, "subtitle")).isEqualTo("Sekretaris, administrasi");
    assertThat(text(feed, "id")).isEqualTo("https://example.org/blog/");
    List<Element> links = children(feed, "link");
    assertThat(links)
        .extracting(
            l ->
                l.getAttribute("rel") + " " + l.getAttribute("type") + " " + l.getAttribute("href"))
        .containsExactly(
            "alternate text/html https://example.org/blog/",
            "self application/atom+xml https://example.org/blog/feed.xml");
    // The newest update of any post.
    assertThat(text(feed, "updated")).isEqualTo("2011-02-04T08:00:00+07:00");
    assertThat(text(children(feed, "author").get(0), "name")).isEqualTo("Marissa");
  }

  @Test
  void entriesNewestFirstWithAbsolutePercentEncodedIds() {
    List<Element> entries = children(feed, "entry");
    Element first = entries.get(0);
    assertThat(first.getAttributeNS(XML, "lang")).isEqualTo("ru");
    assertThat(names(first))
        .containsExactly(
            "title",
            "link",
            "id",
            "published",
            "updated",
            "author",
            "category",
            "summary",
            "content");
    assertThat(text(first, "title")).isEqualTo("Привет мир");
    assertThat(text(first, "id")).isEqualTo(MIR_URL);
    assertThat(children(first, "link").get(0).getAttribute("href")).isEqualTo(MIR_URL);
    assertThat(text(first, "published")).isEqualTo("2011-02-03T19:45:00+07:00");
    assertThat(text(first, "updated")).isEqualTo("2011-02-04T08:00:00+07:00");
    Element category = children(first, "category").get(0);
    assertThat(category.getAttribute("term")).isEqualTo("мир");
    assertThat(category.getAttribute("scheme")).isEqualTo("https://example.org/blog/tags/");
    assertThat(text(first, "summary")).isEqualTo("Excerpt of Привет мир");
    Element content = children(first, "content").get(0);
    assertThat(content.getAttribute("type")).isEqualTo("html");
    assertThat(content.getAttributeNS(XML, "base")).isEqualTo(MIR_URL);
    assertThat(content.getTextContent()).isEqualTo(FeedFixture.NEWER.content());

    Element second = entries.get(1);
    assertThat(text(second, "id")).isEqualTo("https://example.org/blog/2010/08/another-insight/");
    assertThat(children(second, "category")).isEmpty();
  }

  @Test
  void everyDateIsRfc3339AndEveryIdAbsoluteAscii() {
    Document doc = XmlDocuments.parse(file);
    for (String name : List.of("updated", "published")) {
      var nodes = doc.getElementsByTagNameNS(ATOM, name);
      assertThat(nodes.getLength()).isPositive();
      for (int i = 0; i < nodes.getLength(); i++) {
        assertThat(nodes.item(i).getTextContent()).matches(RFC_3339);
      }
    }
    var ids = doc.getElementsByTagNameNS(ATOM, "id");
    for (int i = 0; i < ids.getLength(); i++) {
      assertThat(ids.item(i).getTextContent()).matches("https://example\\.org/blog/[!-~]*");
    }
  }

  @Test
  void feedSizeLimitsEntries() {
    Element small =
        XmlDocuments.parse(new AtomFeed().render(FeedFixture.source(1))).getDocumentElement();
    assertThat(children(small, "entry")).hasSize(1);
    assertThat(text(children(small, "entry").get(0), "title")).isEqualTo("Привет мир");
  }

  @Test
  void siteWithoutPostsIsStillAValidFeed() {
    Element empty =
        XmlDocuments.parse(
                new AtomFeed()
                    .render(new FeedSource(FeedFixture.config(20), List.of(), List.of("/"))))
            .getDocumentElement();
    assertThat(children(empty, "entry")).isEmpty();
    assertThat(text(empty, "updated")).isEqualTo("1970-01-01T00:00:00Z");
  }

  @Test
  void rfc3339DropsFractionsButKeepsSeconds() {
    assertThat(AtomFeed.rfc3339(ZonedDateTime.parse("2010-08-31T09:12:00.75+07:00")))
        .isEqualTo("2010-08-31T09:12:00+07:00");
    assertThat(AtomFeed.rfc3339(ZonedDateTime.parse("2010-08-31T00:00Z")))
        .isEqualTo("2010-08-31T00:00:00Z");
  }
}
