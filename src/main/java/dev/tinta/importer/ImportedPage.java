package dev.tinta.importer;

import java.util.List;
import java.util.Objects;

/**
 * A standalone page read from the source, ready to become {@code content/pages/<slug>.md}.
 *
 * @param aliases old site paths that must keep working ({@code /p/about.html})
 * @param body Markdown
 */
public record ImportedPage(
    String sourceId,
    String slug,
    String title,
    boolean draft,
    List<String> aliases,
    String body,
    String origin) {
  public ImportedPage {
    Objects.requireNonNull(sourceId);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(body);
    Objects.requireNonNull(origin);
    aliases = List.copyOf(aliases);
  }

  /** The same page with another body. */
  public ImportedPage withBody(String newBody) {
    return new ImportedPage(sourceId, slug, title, draft, aliases, newBody, origin);
  }
}
