package dev.tinta.importer;

import dev.tinta.comments.CommentImport;
import dev.tinta.model.CommentSettings;
import dev.tinta.pipeline.Permalinks;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files an {@link ImportResult} becomes: one Markdown file per post and page, the imported
 * files, {@code site.yaml} for a new site, and the comments of each post as {@link
 * CommentImport.Entry} lists.
 *
 * @param files site path to bytes, sorted
 * @param comments post slug to its comments, sorted by slug
 */
record ImportPlan(
    Map<String, byte[]> files,
    Map<String, List<CommentImport.Entry>> comments,
    int redirects,
    List<String> warnings,
    Map<String, Integer> skipped) {

  /**
   * Plans the import of {@code result} into a site whose posts live at {@code permalinks}.
   *
   * @param siteYaml the text of a new site's {@code site.yaml}, or empty to leave it alone
   */
  static ImportPlan of(
      ImportResult result, Permalinks permalinks, CommentSettings limits, String siteYaml) {
    Map<String, byte[]> files = new TreeMap<>();
    List<String> warnings = new ArrayList<>(result.warnings());
    Map<String, Integer> skipped = new LinkedHashMap<>(result.skipped());
    if (!siteYaml.isEmpty()) {
      files.put("site.yaml", bytes(siteYaml));
      files.put(".gitignore", bytes("site-output/\n"));
    }
    Set<String> bundles = new HashSet<>();
    for (ImportedFile f : result.files()) {
      files.put(f.path(), f.bytes());
      if (f.path().startsWith("content/posts/")) {
        String rest = f.path().substring("content/posts/".length());
        if (rest.contains("/")) {
          bundles.add(rest.substring(0, rest.indexOf('/')));
        }
      }
    }
    int redirects = 0;
    Map<String, String> slugById = new HashMap<>(result.sitePosts());
    PostRefs refs = new PostRefs();
    result.posts().forEach(p -> refs.add(p.sourceId(), postPath(p, bundles)));
    result.pages().forEach(p -> refs.add(p.sourceId(), pagePath(p)));
    for (ImportedPost p : result.posts()) {
      String own = permalinks.of(p.date(), p.slug());
      List<String> aliases = usable(p.aliases(), own, p.origin(), warnings);
      redirects += aliases.size();
      String path = postPath(p, bundles);
      String body = refs.resolve(p.body(), path, p.origin(), warnings);
      files.put(path, bytes(YamlText.document(frontMatter(p, aliases), body)));
      slugById.put(p.sourceId(), p.slug());
    }
    Set<String> pageIds = new HashSet<>();
    for (ImportedPage p : result.pages()) {
      List<String> aliases = usable(p.aliases(), "/" + p.slug() + "/", p.origin(), warnings);
      redirects += aliases.size();
      Map<String, Object> fm = new LinkedHashMap<>();
      fm.put("title", p.title());
      if (p.draft()) {
        fm.put("draft", true);
      }
      if (!aliases.isEmpty()) {
        fm.put("aliases", aliases);
      }
      String body = refs.resolve(p.body(), pagePath(p), p.origin(), warnings);
      files.put(pagePath(p), bytes(YamlText.document(fm, body)));
      pageIds.add(p.sourceId());
    }
    Map<String, List<CommentImport.Entry>> comments =
        comments(result.comments(), slugById, pageIds, limits, warnings, skipped);
    return new ImportPlan(files, comments, redirects, warnings, skipped);
  }

  /** A post's file: a folder of its own when files go with it. */
  private static String postPath(ImportedPost p, Set<String> bundles) {
    return bundles.contains(p.slug())
        ? "content/posts/" + p.slug() + "/index.md"
        : "content/posts/" + p.slug() + ".md";
  }

  private static String pagePath(ImportedPage p) {
    return "content/pages/" + p.slug() + ".md";
  }

  /** Paths tinta makes itself (home, tags, archives, feeds); an old URL there cannot redirect. */
  private static final java.util.regex.Pattern TINTA_PATHS =
      java.util.regex.Pattern.compile(
          "/|/tags/.*|/page/.*|/\\d{4}/|/\\d{4}/\\d{2}/|/(feed\\.xml|rss\\.xml|feed\\.json|sitemap\\.xml"
              + "|robots\\.txt|404\\.html|style\\.css|favicon\\.svg|_redirects)");

  /** The aliases that can be redirect pages: not the post's own URL, not a path tinta makes. */
  private static List<String> usable(
      List<String> aliases, String own, String origin, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String a : aliases) {
      if (a.equals(own)) {
        continue;
      }
      if (TINTA_PATHS.matcher(a).matches()) {
        warnings.add(origin + ": old URL " + a + " is a page tinta makes itself; no redirect");
        continue;
      }
      out.add(a);
    }
    return out;
  }

  private static Map<String, Object> frontMatter(ImportedPost p, List<String> aliases) {
    Map<String, Object> fm = new LinkedHashMap<>();
    fm.put("title", p.title());
    fm.put("date", p.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    if (p.updated().isAfter(p.date())) {
      fm.put("updated", p.updated().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    if (!p.author().isEmpty()) {
      fm.put("author", p.author());
    }
    if (!p.tags().isEmpty()) {
      fm.put("tags", p.tags());
    }
    if (!p.lang().isEmpty()) {
      fm.put("lang", p.lang());
    }
    if (p.draft()) {
      fm.put("draft", true);
    }
    if (!p.summary().isEmpty()) {
      fm.put("summary", p.summary());
    }
    if (!aliases.isEmpty()) {
      fm.put("aliases", aliases);
    }
    return fm;
  }

  private static Map<String, List<CommentImport.Entry>> comments(
      List<ImportedComment> all,
      Map<String, String> slugById,
      Set<String> pageIds,
      CommentSettings limits,
      List<String> warnings,
      Map<String, Integer> skipped) {
    Set<String> ids = new HashSet<>();
    List<ImportedComment> kept = new ArrayList<>();
    for (ImportedComment c : all) {
      String why = null;
      if (pageIds.contains(c.postId())) {
        why = "comments on pages";
      } else if (!slugById.containsKey(c.postId())) {
        why = "comments on posts not imported";
        warnings.add("comment " + c.id() + ": its post " + c.postId() + " was not imported");
      } else if (c.author().codePointCount(0, c.author().length()) > limits.maxAuthorLength()) {
        why = "comments over the site's limits";
        warnings.add(
            "comment " + c.id() + ": the author is longer than comments.max_author_length");
      } else if (c.body().codePointCount(0, c.body().length()) > limits.maxBodyLength()) {
        why = "comments over the site's limits";
        warnings.add("comment " + c.id() + ": the body is longer than comments.max_body_length");
      }
      if (why != null) {
        skipped.merge(why, 1, Integer::sum);
      } else {
        kept.add(c);
        ids.add(c.id());
      }
    }
    Map<String, List<CommentImport.Entry>> bySlug = new TreeMap<>();
    for (ImportedComment c : kept) {
      String parent = c.parent();
      if (!parent.isEmpty() && !ids.contains(parent)) {
        warnings.add(
            "comment " + c.id() + " answers " + parent + ", which was left out; shown on its own");
        parent = "";
      }
      bySlug
          .computeIfAbsent(slugById.get(c.postId()), k -> new ArrayList<>())
          .add(
              new CommentImport.Entry(
                  c.id(), c.author(), c.url(), c.date(), c.status(), parent, c.body()));
    }
    bySlug
        .values()
        .forEach(
            l ->
                l.sort(
                    java.util.Comparator.comparing(CommentImport.Entry::date)
                        .thenComparing(CommentImport.Entry::id)));
    return bySlug;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
