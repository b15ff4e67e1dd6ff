package dev.tinta.importer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an importer read from its source.
 *
 * @param skipped what was left out on purpose, counted by reason ({@code removed comments})
 * @param warnings what the user must look at, each starting with where it is ({@code
 *     _posts/x.md:12: {% gist %} cannot be converted})
 * @param images every image URL of the imported bodies
 * @param sitePosts posts already in the site that imported comments belong to: source id to slug
 */
public record ImportResult(
    List<ImportedPost> posts,
    List<ImportedPage> pages,
    List<ImportedComment> comments,
    List<ImportedFile> files,
    SiteSettings settings,
    Map<String, Integer> skipped,
    List<String> warnings,
    List<String> images,
    Map<String, String> sitePosts) {
  public ImportResult {
    posts = List.copyOf(posts);
    pages = List.copyOf(pages);
    comments = List.copyOf(comments);
    files = List.copyOf(files);
    Objects.requireNonNull(settings);
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
    warnings = List.copyOf(warnings);
    images = List.copyOf(images);
    sitePosts = Collections.unmodifiableMap(new LinkedHashMap<>(sitePosts));
  }
}
