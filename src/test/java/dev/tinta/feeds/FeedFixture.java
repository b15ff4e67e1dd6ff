package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.Author;
import dev.tinta.model.Post;
import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.SourceRef;
import dev.tinta.model.TagRef;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * A small site for the feed tests: served below {@code /blog/}, in Jakarta time, two posts (one
 * with a Cyrillic slug and a tag), a listing of other pages.
 */
final class FeedFixture {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  private FeedFixture() {}

  static SiteConfig config(int feedSize) {
    return SiteConfig.builder()
        .title("Catatan & <Marissa>")
        .description("Sekretaris, administrasi")
        .baseUrl(URI.create("https://example.org/blog/"))
        .language("id")
        .timeZone(JAKARTA)
        .author(new Author("Marissa", ""))
        .feedSize(feedSize)
        .build();
  }

  static Article article(
      String slug,
      String url,
      String title,
      ZonedDateTime date,
      ZonedDateTime updated,
      String lang,
      List<TagRef> tags,
      String html) {
    Post post =
        new Post(
            "content/posts/" + slug + ".md",
            "",
            slug,
            title,
            date,
            updated,
            "Marissa",
            tags.stream().map(TagRef::name).toList(),
            lang,
            false,
            "",
            SourceRef.none(),
            true,
            "post",
            List.of(),
            Map.of(),
            "",
            5);
    ProcessedHtml body = new ProcessedHtml(html, List.of(), html, "Excerpt of " + title, 12, 1);
    return new Article(post, url, body, tags, 0);
  }

  static final TagRef MIR = new TagRef("мир", "мир", "/tags/мир/", 1);

  static final Article NEWER =
      article(
          "привет-мир",
          "/2011/02/привет-мир/",
          "Привет мир",
          ZonedDateTime.of(2011, 2, 3, 19, 45, 0, 0, JAKARTA),
          ZonedDateTime.of(2011, 2, 4, 8, 0, 0, 0, JAKARTA),
          "ru",
          List.of(MIR),
          "<p>Hello <a href=\"/blog/about/\">me</a> &amp; <em>you</em>.</p>\n");

  static final Article OLDER =
      article(
          "another-insight",
          "/2010/08/another-insight/",
          "Another Insight",
          ZonedDateTime.of(2010, 8, 31, 9, 12, 0, 0, JAKARTA),
          ZonedDateTime.of(2010, 8, 31, 9, 12, 0, 0, JAKARTA),
          "id",
          List.of(),
          "<p>Networking.</p>\n");

  static FeedSource source(int feedSize) {
    return new FeedSource(
        config(feedSize),
        List.of(NEWER, OLDER),
        List.of("/", "/tentang/", "/tags/", "/tags/мир/", "/2011/", "/2010/"));
  }
}
