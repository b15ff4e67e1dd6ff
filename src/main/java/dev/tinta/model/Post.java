package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One blog post as read from {@code content/posts/}: front matter and Markdown body.
 *
 * @param file path relative to the site, with forward slashes ({@code content/posts/x.md})
 * @param bundleDir the post's own folder for {@code <slug>/index.md} posts, relative to the site;
 *     empty for single-file posts
 * @param updated the last update, equal to {@code date} when the front matter gives none
 * @param lang BCP 47 language tag: the post's own or the site's
 * @param aliases old site paths that redirect here ({@code /2010/08/x.html}, {@code /old/}), from
 *     {@code aliases} or {@code redirect_from}
 * @param bodyLine 1-based line of the file where the Markdown body starts
 */
public record Post(
    String file,
    String bundleDir,
    String slug,
    String title,
    ZonedDateTime date,
    ZonedDateTime updated,
    String author,
    List<String> tags,
    String lang,
    boolean draft,
    String summary,
    SourceRef source,
    boolean commentsOpen,
    String layout,
    List<String> aliases,
    Map<String, Object> extra,
    String markdown,
    int bodyLine) {

  public Post {
    Objects.requireNonNull(file);
    Objects.requireNonNull(bundleDir);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(date);
    Objects.requireNonNull(updated);
    Objects.requireNonNull(author);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(source);
    Objects.requireNonNull(layout);
    Objects.requireNonNull(markdown);
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    // Map.copyOf would lose the author's order, and its order changes from one JVM run to the next
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
