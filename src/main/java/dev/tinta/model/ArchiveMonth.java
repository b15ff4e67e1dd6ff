package dev.tinta.model;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One month of the archive.
 *
 * @param start the first moment of the month, for localized month names in templates
 * @param posts the month's posts, newest first
 */
public record ArchiveMonth(ZonedDateTime start, String url, int count, List<PostLink> posts) {
  public ArchiveMonth {
    posts = List.copyOf(posts);
  }
}
