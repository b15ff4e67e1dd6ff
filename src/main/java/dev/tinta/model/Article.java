package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A published post as templates and feeds see it: the source {@link Post}, its URL, its processed
 * body, tag links and comment count. Accessors for the post's own fields are delegated, so
 * templates write {@code post.title}, {@code post.url}, {@code post.content}.
 *
 * @param url the site path, such as {@code /2010/08/another-insight-about-networking/}
 * @param commentCount approved comments shown under the post
 */
public record Article(
    Post post, String url, ProcessedHtml body, List<TagRef> tags, int commentCount) {

  public Article {
    Objects.requireNonNull(post);
    Objects.requireNonNull(url);
    Objects.requireNonNull(body);
    tags = List.copyOf(tags);
  }

  /** The post as a title link, for listings that show no body. */
  public PostLink link() {
    return new PostLink(post.title(), url, post.date(), post.lang());
  }

  public String title() {
    return post.title();
  }

  public String slug() {
    return post.slug();
  }

  public ZonedDateTime date() {
    return post.date();
  }

  public ZonedDateTime updated() {
    return post.updated();
  }

  /** Whether the post gives an update time after its date. */
  public boolean wasUpdated() {
    return post.updated().isAfter(post.date());
  }

  public String author() {
    return post.author();
  }

  public String lang() {
    return post.lang();
  }

  public String summary() {
    return post.summary();
  }

  public SourceRef source() {
    return post.source();
  }

  public boolean commentsOpen() {
    return post.commentsOpen();
  }

  public Map<String, Object> extra() {
    return post.extra();
  }

  /** The body HTML (trusted: written by the author, processed by tinta). */
  public String content() {
    return body.html();
  }

  public List<TocEntry> toc() {
    return body.toc();
  }

  public String excerptHtml() {
    return body.excerptHtml();
  }

  /** The summary from front matter, else the plain-text excerpt. */
  public String description() {
    return post.summary().isEmpty() ? body.excerptText() : post.summary();
  }

  public int wordCount() {
    return body.wordCount();
  }

  public int readingMinutes() {
    return body.readingMinutes();
  }
}
