package dev.tinta.feeds;

import static dev.tinta.feeds.JsonValue.array;
import static dev.tinta.feeds.JsonValue.object;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.OutputFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonFeedTest {
  final OutputFile file = new JsonFeed().render(FeedFixture.source(20));
  final String text = new String(((OutputFile.Generated) file).bytes(), StandardCharsets.UTF_8);
  final Map<String, Object> feed = object(JsonValue.parse(text));

  @Test
  void isAJsonFeed11() {
    assertThat(file.path()).isEqualTo("feed.json");
    assertThat(feed.keySet())
        .containsExactly(
            "version",
            "title",
            "home_page_url",
            "feed_url",
            "description",
            "language",
            "authors",
            "items");
    assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("title")).isEqualTo("Catatan & <Marissa>");
    assertThat(feed.get("home_page_url")).isEqualTo("https://example.org/blog/");
    assertThat(feed.get("feed_url")).isEqualTo("https://example.org/blog/feed.json");
    assertThat(feed.get("language")).isEqualTo("id");
    assertThat(feed.get("authors")).isEqualTo(List.of(Map.of("name", "Marissa")));
  }

  @Test
  void itemsNewestFirstWithAbsoluteIds() {
    List<Object> items = array(feed.get("items"));
    assertThat(items).hasSize(2);
    Map<String, Object> first = object(items.get(0));
    assertThat(first)
        .containsExactly(
            Map.entry("id", AtomFeedTest.MIR_URL),
            Map.entry("url", AtomFeedTest.MIR_URL),
            Map.entry("title", "Привет мир"),
            Map.entry("content_html", FeedFixture.NEWER.content()),
            Map.entry("summary", "Excerpt of Привет мир"),
            Map.entry("date_published", "2011-02-03T19:45:00+07:00"),
            Map.entry("date_modified", "2011-02-04T08:00:00+07:00"),
            Map.entry("language", "ru"),
            Map.entry("authors", List.of(Map.of("name", "Marissa"))),
            Map.entry("tags", List.of("мир")));
    assertThat(object(items.get(1)).get("id"))
        .isEqualTo("https://example.org/blog/2010/08/another-insight/");
    assertThat(object(items.get(1)).get("tags")).isEqualTo(List.of());
  }

  @Test
  void lessThanIsEscapedSoTheFeedIsSafeInsideHtml() {
    assertThat(text).doesNotContain("<");
    assertThat(JsonFeed.quote("</script>\u2028\"\\\n\t\u0001"))
        .isEqualTo("\"\\u003c/script>\\u2028\\\"\\\\\\n\\t\\u0001\"");
    assertThat(JsonValue.parse(JsonFeed.quote("</script>\u2028\"\\\n\t\u0001")))
        .isEqualTo("</script>\u2028\"\\\n\t\u0001");
  }

  @Test
  void siteWithoutPostsHasAnEmptyItemList() {
    var empty =
        object(
            JsonValue.parse(
                new String(
                    ((OutputFile.Generated)
                            new JsonFeed()
                                .render(
                                    new FeedSource(FeedFixture.config(20), List.of(), List.of())))
                        .bytes(),
                    StandardCharsets.UTF_8)));
    assertThat(empty.get("items")).isEqualTo(List.of());
  }
}
