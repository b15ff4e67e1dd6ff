package dev.tinta.pipeline;

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
  private final Map<String, TagRef> byName;

  private TagIndex(Map<String, TagRef> bySlug, Map<String, TagRef> byName) {
    this.bySlug = bySlug;
    this.byName = byName;
  }

  /** Counts the tags of posts (newest first); linear in the number of tags used. */
  static TagIndex of(List<Post> posts) {
    Map<String, String> names = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    // a blog uses few tags many times: normalize each spelling once
    Map<String, String> slugOf = new HashMap<>();
    for (Post p : posts) {
      for (String tag : p.tags()) {
        String slug = slugOf.computeIfAbsent(tag, Slug::of);
        names.putIfAbsent(slug, tag);
        counts.merge(slug, 1, Integer::sum);
      }
    }
    Map<String, TagRef> refs = new TreeMap<>();
    names.forEach(
        (slug, name) -> refs.put(slug, new TagRef(name, slug, url(slug), counts.get(slug))));
    Map<String, TagRef> byName = new HashMap<>();
    slugOf.forEach((name, slug) -> byName.put(name, refs.get(slug)));
    return new TagIndex(refs, byName);
  }

  static String url(String slug) {
    return "/tags/" + slug + "/";
  }

  /** The tag links of one post, in its front-matter order (duplicates by slug dropped). */
  List<TagRef> refs(Post post) {
    return post.tags().stream().map(byName::get).distinct().toList();
  }

  /** All tags, sorted by slug. */
  List<TagRef> all() {
    return List.copyOf(bySlug.values());
  }
}
