package dev.tinta.pipeline;

import dev.tinta.model.Article;
import dev.tinta.model.OutputFile;
import dev.tinta.model.PageView;
import dev.tinta.model.RedirectPage;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.templates.TemplateRenderer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The old URLs of posts and pages ({@code aliases}, {@code redirect_from}) as files: one small
 * redirect page per alias ({@code partials/redirect.ftlh}: a meta refresh, {@code rel=canonical}, a
 * visible link, {@code noindex}, in the language of its target) and {@code _redirects}, the file
 * Netlify and Cloudflare Pages read, with a 301 for each alias.
 */
final class Redirects {
  /** The redirect list's file name at the site root. */
  static final String REDIRECTS_FILE = "_redirects";

  /** One old path and the page it now lives at. */
  record Alias(String from, String to, String title, String lang, String source) {}

  private final SiteConfig config;
  private final TemplateRenderer templates;

  Redirects(SiteConfig config, TemplateRenderer templates) {
    this.config = config;
    this.templates = templates;
  }

  /** Every alias of the published posts and pages, sorted by old path. */
  static List<Alias> of(List<Article> articles, List<PageView> pages) {
    List<Alias> out = new ArrayList<>();
    for (Article a : articles) {
      a.post().aliases().forEach(p -> out.add(new Alias(p, a.url(), a.title(), a.lang(), file(a))));
    }
    for (PageView v : pages) {
      v.page()
          .aliases()
          .forEach(
              p ->
                  out.add(
                      new Alias(p, v.url(), v.page().title(), v.page().lang(), v.page().file())));
    }
    out.sort(Comparator.comparing(Alias::from));
    return out;
  }

  /**
   * The redirect files of a build: every alias of its published posts and pages, checked against
   * the paths of the pages in {@code plan} and the files in {@code others}.
   *
   * @throws dev.tinta.problem.SiteException when an alias takes a path tinta makes
   */
  static List<OutputFile> files(
      Settings settings, Bodies bodies, List<RenderJob> plan, List<OutputFile> others) {
    Set<String> taken = new java.util.HashSet<>();
    plan.forEach(j -> taken.add(Permalinks.file(j.url())));
    others.forEach(f -> taken.add(f.path()));
    Problems problems = new Problems();
    List<OutputFile> out =
        new Redirects(settings.config(), settings.templates())
            .files(of(bodies.articles(), bodies.pages()), taken, problems);
    problems.throwIfAny();
    return out;
  }

  private static String file(Article a) {
    return a.post().file();
  }

  /**
   * The redirect pages and {@code _redirects}; an alias whose file another output already takes is
   * a problem naming both.
   *
   * @param taken the paths of every other file of the site
   */
  List<OutputFile> files(List<Alias> aliases, Set<String> taken, Problems problems) {
    if (aliases.isEmpty()) {
      return List.of();
    }
    String root = PagePlan.root(config);
    List<OutputFile> out = new ArrayList<>();
    StringBuilder list = new StringBuilder();
    for (Alias a : aliases) {
      String path = Permalinks.file(a.from());
      if (taken.contains(path)) {
        problems.add(
            Problem.at(a.source(), 1, 1, "alias " + a.from() + " is a page tinta makes: " + path)
                .withHint("remove it from aliases"));
        continue;
      }
      RedirectPage model =
          new RedirectPage(config, a.lang(), a.title(), root + a.to(), config.absolute(a.to()));
      String html =
          templates.renderPartial("redirect", java.util.Locale.forLanguageTag(a.lang()), model);
      out.add(OutputFile.of(path, html.getBytes(StandardCharsets.UTF_8)));
      list.append(encoded(root + a.from()))
          .append(' ')
          .append(encoded(root + a.to()))
          .append(" 301\n");
    }
    if (taken.contains(REDIRECTS_FILE)) {
      problems.add(
          Problem.inFile("static/" + REDIRECTS_FILE, "tinta writes _redirects from the aliases")
              .withHint("move these redirects into the aliases of the posts"));
    } else {
      out.add(OutputFile.of(REDIRECTS_FILE, list.toString().getBytes(StandardCharsets.UTF_8)));
    }
    return out;
  }

  /** A site path as ASCII: the redirect list separates its fields with spaces. */
  private static String encoded(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a site path: " + path, e);
    }
  }
}
