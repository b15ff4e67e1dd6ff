package dev.tinta.feeds;

import dev.tinta.model.Article;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.StructuredData;
import dev.tinta.model.TagRef;
import java.util.stream.Collectors;

/**
 * Schema.org {@code BlogPosting} structured data for a post page's head. Made only when a template
 * asks for {@link #script()}, and equal when its post is: an incremental build that reuses the page
 * never builds it.
 */
public record JsonLd(SiteConfig config, Article article) implements StructuredData {

  /** The {@code <script type="application/ld+json">} element for the post. */
  @Override
  public String script() {
    return blogPosting(config, article);
  }

  /**
   * The complete {@code <script type="application/ld+json">} element; every string is JSON-quoted
   * with {@code <} escaped, so no value can close the script.
   */
  public static String blogPosting(SiteConfig c, Article a) {
    String keywords = a.tags().stream().map(TagRef::name).collect(Collectors.joining(", "));
    StringBuilder j = new StringBuilder(512);
    j.append("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", ")
        .append("\"@type\": \"BlogPosting\", \"headline\": ")
        .append(JsonFeed.quote(a.title()))
        .append(", \"url\": ")
        .append(JsonFeed.quote(c.absolute(a.url())))
        .append(", \"mainEntityOfPage\": ")
        .append(JsonFeed.quote(c.absolute(a.url())))
        .append(", \"datePublished\": ")
        .append(JsonFeed.quote(AtomFeed.rfc3339(a.date())))
        .append(", \"dateModified\": ")
        .append(JsonFeed.quote(AtomFeed.rfc3339(a.updated())))
        .append(", \"inLanguage\": ")
        .append(JsonFeed.quote(a.lang()))
        .append(", \"wordCount\": ")
        .append(a.wordCount());
    if (!a.author().isEmpty()) {
      j.append(", \"author\": {\"@type\": \"Person\", \"name\": ")
          .append(JsonFeed.quote(a.author()))
          .append('}');
    }
    if (!keywords.isEmpty()) {
      j.append(", \"keywords\": ").append(JsonFeed.quote(keywords));
    }
    j.append(", \"description\": ").append(JsonFeed.quote(a.description()));
    return j.append("}</script>").toString();
  }
}
