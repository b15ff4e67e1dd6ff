package dev.tinta.feeds;

import static dev.tinta.feeds.XmlDocuments.children;
import static dev.tinta.feeds.XmlDocuments.names;
import static dev.tinta.feeds.XmlDocuments.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.OutputFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SitemapTest {
  @Test
  void listsOtherPagesThenEveryPostWithItsLastChange() {
    OutputFile file = new Sitemap().render(FeedFixture.source(1));
    Element urlset = XmlDocuments.parse(file).getDocumentElement();

    assertThat(file.path()).isEqualTo("sitemap.xml");
    assertThat(urlset.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
    assertThat(urlset.getLocalName()).isEqualTo("urlset");
    List<Element> urls = children(urlset);
    assertThat(urls).allMatch(u -> u.getLocalName().equals("url"));
    assertThat(urls)
        .extracting(u -> text(u, "loc"))
        .containsExactly(
            "https://example.org/blog/",
            "https://example.org/blog/tentang/",
            "https://example.org/blog/tags/",
            "https://example.org/blog/tags/%D0%BC%D0%B8%D1%80/",
            "https://example.org/blog/2011/",
            "https://example.org/blog/2010/",
            AtomFeedTest.MIR_URL,
            "https://example.org/blog/2010/08/another-insight/");
    // Every post, not only the feed's newest: feed_size is 1 here.
    assertThat(urls)
        .extracting(u -> String.join(",", names(u)))
        .containsExactly("loc", "loc", "loc", "loc", "loc", "loc", "loc,lastmod", "loc,lastmod");
    assertThat(text(urls.get(6), "lastmod")).isEqualTo("2011-02-04T08:00:00+07:00");
    assertThat(text(urls.get(7), "lastmod")).isEqualTo("2010-08-31T09:12:00+07:00");
  }
}
