package dev.tinta.search;

import dev.tinta.model.Article;
import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.TagRef;
import dev.tinta.parallel.Workers;
import java.util.List;
import java.util.Map;

/** The search of a site: its index files from the site's published posts, and its page's path. */
public final class SiteSearch {
  /** The search page's site path. */
  public static final String PAGE = "/search/";

  /** The theme's script of the search page, at the site root. */
  public static final String SCRIPT = "search.js";

  private SiteSearch() {}

  /**
   * The index files of {@code articles} (newest first, as listings show them): each post's title,
   * summary, body text, tags and excerpt. The index numbers posts oldest first, so a new post
   * leaves the numbers and the metadata files of the others as they were.
   */
  public static List<OutputFile> files(SiteConfig config, List<Article> articles, Workers workers) {
    String path = config.baseUrl().getRawPath();
    String root = path.substring(0, path.length() - 1);
    List<Article> oldestFirst = new java.util.ArrayList<>(articles);
    java.util.Collections.reverse(oldestFirst);
    List<SearchDoc> docs =
        workers.map(
            oldestFirst,
            a ->
                new SearchDoc(
                    root + a.url(), a.title(), a.date(), a.lang(), text(a), a.description()));
    return new SearchIndex(config.locale()).files(docs, workers);
  }

  /** The theme's files without the search page's script, for a site without search. */
  public static Map<String, byte[]> withoutScript(Map<String, byte[]> themeFiles) {
    Map<String, byte[]> out = new java.util.TreeMap<>(themeFiles);
    out.remove(SCRIPT);
    return out;
  }

  private static String text(Article a) {
    StringBuilder text = new StringBuilder(a.summary()).append('\n');
    text.append(PlainText.of(a.content()));
    for (TagRef tag : a.tags()) {
      text.append(' ').append(tag.name());
    }
    return text.toString();
  }
}
