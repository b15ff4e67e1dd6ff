package dev.tinta.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects what one importer run reads; {@link #build} makes the immutable result. */
final class ResultBuilder {
  final List<ImportedPost> posts = new ArrayList<>();
  final List<ImportedPage> pages = new ArrayList<>();
  final List<ImportedComment> comments = new ArrayList<>();
  final List<ImportedFile> files = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  private final Map<String, Integer> skipped = new LinkedHashMap<>();
  private final Set<String> slugs = new HashSet<>();
  SiteSettings settings = SiteSettings.none();
  final Map<String, String> sitePosts = new LinkedHashMap<>();

  /** Counts one thing left out on purpose. */
  void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  void warn(String where, String message) {
    warnings.add(where + ": " + message);
  }

  /** Adds a post, giving it a free slug ({@code x-2}) when another post or page took its own. */
  void add(ImportedPost post) {
    String slug = freeSlug(post.slug(), post.origin());
    posts.add(slug.equals(post.slug()) ? post : post.withSlug(slug));
  }

  void add(ImportedPage page) {
    String slug = freeSlug(page.slug(), page.origin());
    pages.add(
        slug.equals(page.slug())
            ? page
            : new ImportedPage(
                page.sourceId(),
                slug,
                page.title(),
                page.draft(),
                page.aliases(),
                page.body(),
                page.origin()));
  }

  private String freeSlug(String wanted, String origin) {
    String slug = wanted;
    for (int n = 2; !slugs.add(slug); n++) {
      slug = wanted + "-" + n;
    }
    if (!slug.equals(wanted)) {
      warn(origin, "slug '" + wanted + "' is taken; written as '" + slug + "'");
    }
    return slug;
  }

  ImportResult build() {
    List<String> images = new ArrayList<>();
    posts.forEach(p -> images.addAll(ImageLinks.find(p.body())));
    pages.forEach(p -> images.addAll(ImageLinks.find(p.body())));
    return new ImportResult(
        posts,
        pages,
        comments,
        files,
        settings,
        skipped,
        warnings,
        images.stream().distinct().sorted().toList(),
        sitePosts);
  }
}
