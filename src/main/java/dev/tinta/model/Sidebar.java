package dev.tinta.model;

import java.util.List;

/**
 * What the sidebar of every page shows.
 *
 * @param aboutHtml the author's "About me" text, rendered from Markdown in {@code site.yaml}
 */
public record Sidebar(
    String aboutHtml,
    List<ArchiveYear> archive,
    List<TagRef> tags,
    List<CommentLink> recentComments) {
  public Sidebar {
    archive = List.copyOf(archive);
    tags = List.copyOf(tags);
    recentComments = List.copyOf(recentComments);
  }
}
