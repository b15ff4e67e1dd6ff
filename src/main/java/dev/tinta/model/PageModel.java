package dev.tinta.model;

import java.util.List;
import java.util.Optional;

/**
 * What the template of one HTML page sees: a record per kind of page, whose components templates
 * read as top-level names beside those of its {@link PageFrame} ({@code post}, {@code pager}...).
 * An empty {@link Optional} component is a missing name ({@code newer??} is false), a present one
 * is its value. Records compare by value, so an incremental build reuses a page whose model is
 * equal.
 */
public sealed interface PageModel {
  PageFrame frame();

  /** A post: {@code post.ftlh}, or the layout its front matter names. */
  record PostPage(
      PageFrame frame,
      Article post,
      Optional<Article> newer,
      Optional<Article> older,
      CommentThread comments,
      StructuredData jsonLd)
      implements PageModel {}

  /** A standalone page from {@code content/pages/}. */
  record StandalonePage(PageFrame frame, PageView page) implements PageModel {}

  /** One page of the paginated index of teasers. */
  record IndexPage(PageFrame frame, List<Article> posts, Pager pager) implements PageModel {
    public IndexPage {
      posts = List.copyOf(posts);
    }
  }

  /** One page of a tag's posts. */
  record TagPage(PageFrame frame, TagRef tag, List<Article> posts, Pager pager)
      implements PageModel {
    public TagPage {
      posts = List.copyOf(posts);
    }
  }

  /** The list of every tag. */
  record TagListPage(PageFrame frame, List<TagRef> tags) implements PageModel {
    public TagListPage {
      tags = List.copyOf(tags);
    }
  }

  /**
   * A year's archive ({@code month} empty, {@code months} all of its months) or a month's ({@code
   * months} that month alone).
   */
  record ArchivePage(
      PageFrame frame, ArchiveYear year, List<ArchiveMonth> months, Optional<ArchiveMonth> month)
      implements PageModel {
    public ArchivePage {
      months = List.copyOf(months);
    }
  }

  /** {@code 404.html}. */
  record NotFoundPage(PageFrame frame) implements PageModel {}
}
