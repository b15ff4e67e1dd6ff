package dev.tinta.pipeline;

import dev.tinta.comments.CommentStore;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.Content;
import dev.tinta.model.OutputFile;
import dev.tinta.model.PageView;
import dev.tinta.model.Sidebar;
import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.util.List;
import java.util.Map;

/**
 * Everything one build made, kept by {@link IncrementalBuilder} so the next build can reuse what
 * its changes did not touch.
 *
 * @param articles by source file
 * @param pages rendered HTML pages by URL, with the model they were rendered from (kept only for
 *     incremental builds)
 * @param files the whole site (kept only for incremental builds)
 * @param htmlPages how many HTML pages the site has
 * @param imageMemo what the site's images were found to be, for the next build
 */
record SiteState(
    SiteConfig config,
    TemplateRenderer templates,
    Content content,
    CommentStore comments,
    Map<String, String> urlBySource,
    Map<String, Article> articles,
    Map<String, PageView> pageViews,
    List<ArchiveYear> archive,
    Sidebar sidebar,
    String sidebarHtml,
    Map<String, RenderedPage> pages,
    Map<Integer, Made> documents,
    List<OutputFile> files,
    int htmlPages,
    int posts,
    int tags,
    ImageMemo imageMemo) {

  /** A feed or sitemap file and what it was made from, by the document's place in the list. */
  record Made(Object inputs, OutputFile file) {}

  /** One rendered page and what it was rendered from. */
  record RenderedPage(RenderJob job, OutputFile.Generated file) {}
}
