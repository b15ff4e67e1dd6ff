package dev.tinta.importer;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A post read from the source, ready to become {@code content/posts/<slug>.md}.
 *
 * @param sourceId the source's own id, so comments and re-runs find the post
 * @param updated equal to {@code date} when the source gives no later update
 * @param author empty for the site's author
 * @param lang BCP 47 tag, or empty for the site's language
 * @param aliases old site paths that must keep working
 * @param body Markdown (HTML wrapped so CommonMark keeps it, or converted)
 * @param origin where the post came from, for warnings ({@code export.xml:120})
 */
public record ImportedPost(
    String sourceId,
    String slug,
    String title,
    ZonedDateTime date,
    ZonedDateTime updated,
    String author,
    List<String> tags,
    boolean draft,
    String summary,
    String lang,
    List<String> aliases,
    String body,
    String origin) {
  public ImportedPost {
    Objects.requireNonNull(sourceId);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(date);
    Objects.requireNonNull(updated);
    Objects.requireNonNull(author);
    Objects.requireNonNull(summary);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(body);
    Objects.requireNonNull(origin);
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
  }

  /** The same post with another body (images downloaded, links rewritten). */
  public ImportedPost withBody(String newBody) {
    return new ImportedPost(
        sourceId, slug, title, date, updated, author, tags, draft, summary, lang, aliases, newBody,
        origin);
  }

  /** The same post with another slug (two source posts gave the same one). */
  public ImportedPost withSlug(String newSlug) {
    return new ImportedPost(
        sourceId, newSlug, title, date, updated, author, tags, draft, summary, lang, aliases, body,
        origin);
  }
}
