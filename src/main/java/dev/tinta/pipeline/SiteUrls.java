package dev.tinta.pipeline;

import dev.tinta.config.MenuReader;
import dev.tinta.model.Page;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Stage 4: the URL of every published post and page, each claimed once, and the check that every
 * comment file belongs to a post: the problems of both are reported together.
 *
 * @param bySource site path (such as {@code /2010/08/x/}) by source file
 */
record SiteUrls(Map<String, String> bySource) {
  /** Paths tinta's own listings take. */
  private static final List<String> RESERVED = List.of("/", "/tags/", "/page/");

  SiteUrls {
    bySource = Map.copyOf(bySource);
  }

  static SiteUrls claim(SiteConfig config, Sources sources, Published published) {
    Problems problems = new Problems();
    problems.addAll(
        sources
            .comments()
            .checkPosts(
                sources.content().posts().stream().map(Post::slug).collect(Collectors.toSet())));
    // the menu's pages (#15): known only now that the content is read
    problems.addAll(
        MenuReader.missingPages(
            config.menu(), published.pages().stream().map(Page::slug).toList()));
    Permalinks permalinks = new Permalinks(config.permalink(), config.timeZone());
    Map<String, String> bySource = new HashMap<>();
    Map<String, String> sourceByUrl = new HashMap<>();
    RESERVED.forEach(url -> sourceByUrl.put(url, "the site itself"));
    for (Post p : published.posts()) {
      claim(p.file(), permalinks.of(p), bySource, sourceByUrl, problems);
    }
    for (Page p : published.pages()) {
      claim(p.file(), "/" + p.slug() + "/", bySource, sourceByUrl, problems);
    }
    // old URLs (#14) share the claim map, so an alias and a page on one path name each other
    for (Post p : published.posts()) {
      p.aliases().forEach(a -> claim(p.file(), a, null, sourceByUrl, problems));
    }
    for (Page p : published.pages()) {
      p.aliases().forEach(a -> claim(p.file(), a, null, sourceByUrl, problems));
    }
    problems.throwIfAny();
    return new SiteUrls(bySource);
  }

  private static void claim(
      String file,
      String url,
      Map<String, String> bySource,
      Map<String, String> sourceByUrl,
      Problems problems) {
    String other = sourceByUrl.putIfAbsent(url, file);
    if (other != null) {
      problems.add(
          Problem.at(file, 1, 1, "duplicate URL " + url + ", also used by " + other)
              .withHint(
                  bySource == null
                      ? "remove the alias " + url + " from aliases or redirect_from"
                      : "give one of them another slug: in front matter"));
    }
    if (bySource != null) {
      bySource.put(file, url);
    }
  }

  /** The URL of a source file, as links between posts resolve it. */
  Optional<String> of(String file) {
    return Optional.ofNullable(bySource.get(file));
  }

  String get(String file) {
    return bySource.get(file);
  }
}
