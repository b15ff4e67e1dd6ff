package dev.tinta.pipeline;

import dev.tinta.comments.CommentStore;
import dev.tinta.html.HtmlPostProcessor;
import dev.tinta.html.ImageResolver;
import dev.tinta.html.SourceContext;
import dev.tinta.model.Article;
import dev.tinta.model.PageView;
import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.SiteConfig;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.Problems;
import java.util.List;

/**
 * Stage 5: every published post and page with its processed body (Markdown, then the HTML passes):
 * posts as {@link Article}s with their URL, tags and comment count.
 *
 * @param articles newest first
 * @param pages by slug
 */
record Bodies(List<Article> articles, List<PageView> pages) {
  Bodies {
    articles = List.copyOf(articles);
    pages = List.copyOf(pages);
  }

  static Bodies process(
      SiteConfig config,
      Published published,
      SiteUrls urls,
      TagIndex tags,
      CommentStore comments,
      ImageResolver images,
      Reuse reuse,
      Workers workers) {
    HtmlPostProcessor html = new HtmlPostProcessor(config.baseUrl(), config.headingIds(), images);
    Problems problems = new Problems();
    List<Article> articles =
        workers.map(
            published.posts(),
            p -> {
              String url = urls.get(p.file());
              ProcessedHtml body =
                  reuse.body(
                      p,
                      url,
                      () -> process(html, p.file(), p.markdown(), p.bodyLine(), urls, problems));
              return reuse.article(
                  new Article(p, url, body, tags.refs(p), comments.count(p.slug())));
            });
    List<PageView> pages =
        published.pages().stream()
            .map(
                p -> {
                  String url = urls.get(p.file());
                  return reuse.pageView(
                      p,
                      url,
                      () ->
                          new PageView(
                              p,
                              url,
                              process(html, p.file(), p.markdown(), p.bodyLine(), urls, problems)));
                })
            .toList();
    problems.throwIfAny();
    return new Bodies(articles, pages);
  }

  private static ProcessedHtml process(
      HtmlPostProcessor html,
      String file,
      String markdown,
      int line,
      SiteUrls urls,
      Problems problems) {
    HtmlPostProcessor.Result result =
        html.process(new SourceContext(file, markdown, line), urls::of);
    problems.addAll(result.problems());
    return result.html();
  }
}
