package dev.tinta.feeds;

import static dev.tinta.feeds.JsonValue.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.Article;
import dev.tinta.model.TagRef;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  @Test
  void isOneScriptElementWithABlogPosting() {
    String html = JsonLd.blogPosting(FeedFixture.config(20), FeedFixture.NEWER);
    Document doc = Jsoup.parseBodyFragment(html);
    var scripts = doc.select("script[type=application/ld+json]");
    assertThat(doc.body().children()).hasSize(1);
    assertThat(scripts).hasSize(1);

    Map<String, Object> json = object(JsonValue.parse(scripts.first().data()));
    assertThat(json)
        .containsExactly(
            Map.entry("@context", "https://schema.org"),
            Map.entry("@type", "BlogPosting"),
            Map.entry("headline", "Привет мир"),
            Map.entry("url", AtomFeedTest.MIR_URL),
            Map.entry("mainEntityOfPage", AtomFeedTest.MIR_URL),
            Map.entry("datePublished", "2011-02-03T19:45:00+07:00"),
            Map.entry("dateModified", "2011-02-04T08:00:00+07:00"),
            Map.entry("inLanguage", "ru"),
            Map.entry("wordCount", new java.math.BigDecimal(12)),
            Map.entry("author", Map.of("@type", "Person", "name", "Marissa")),
            Map.entry("keywords", "мир"),
            Map.entry("description", "Excerpt of Привет мир"));
  }

  @Test
  void aTitleCannotCloseTheScript() {
    Article evil =
        FeedFixture.article(
            "x",
            "/x/",
            "</script><script>alert(1)</script>",
            FeedFixture.OLDER.date(),
            FeedFixture.OLDER.date(),
            "en",
            List.of(new TagRef("</script>", "script", "/tags/script/", 1)),
            "");
    String html = JsonLd.blogPosting(FeedFixture.config(20), evil);
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("script")).hasSize(1);
    assertThat(object(JsonValue.parse(doc.selectFirst("script").data())).get("headline"))
        .isEqualTo("</script><script>alert(1)</script>");
  }
}
