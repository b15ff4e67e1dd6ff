package dev.tinta.build;

import dev.tinta.model.Post;
import dev.tinta.model.Slug;
import dev.tinta.model.TagRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tags by slug with their post counts; the first spelling (newest post) names a tag. */
final class TagIndex {
  private final Map<String, TagRef> bySlug;

  private TagIndex(Map<String, TagRef> bySlug) {
    this.bySlug = bySlug;
  }

  /** Counts the tags of posts (newest first); linear in the number of tags used. */
  static TagIndex of(List<Post> posts) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Post p : posts) {
      for (String tag : p.tags()) {
        String slug = Slug.of(tag);
        names.putIfAbsent(slug, tag);
        counts.merge(slug, 1, Integer::sum);
      }
    }
    Map<String, TagRef> refs = new TreeMap<>();
    names.forEach(
        (slug, name) -> refs.put(slug, new TagRef(name, slug, url(slug), counts.get(slug))));
    return new TagIndex(refs);
  }

  static String url(String slug) {
    return "/tags/" + slug + "/";
  }

  /** The tag links of one post, in its front-matter order (duplicates by slug dropped). */
  List<TagRef> refs(Post post) {
    return post.tags().stream().map(t -> bySlug.get(Slug.of(t))).distinct().toList();
  }

  /** All tags, sorted by slug. */
  List<TagRef> all() {
    return List.copyOf(bySlug.values());
  }
}
