package dev.tinta.pipeline;

import dev.tinta.comments.CommentStore;
import dev.tinta.feeds.SiteDocument;
import dev.tinta.model.ArchiveYear;
import dev.tinta.model.Article;
import dev.tinta.model.Content;
import dev.tinta.model.OutputFile;
import dev.tinta.model.Page;
import dev.tinta.model.PageView;
import dev.tinta.model.Post;
import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.Sidebar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Every decision of an incremental build in one place: given the last good build's state and what
 * changed since, each stage asks here whether a result of the last build still holds, and makes it
 * anew only when it does not. A clean build ({@link #none()}) reuses nothing. Reuse never changes
 * the output: an incremental build is byte for byte a clean one (a property test holds it to that).
 */
final class Reuse {
  private final Optional<SiteState> previous;
  private final Changes changes;
  private final Map<String, Article> articles;
  private final Map<String, PageView> pageViews;
  private final boolean sameUrls;

  /** Whether a body shows the same images as when it was processed. */
  private final Predicate<ProcessedHtml> sameImages;

  private Reuse(
      Optional<SiteState> previous,
      Changes changes,
      Map<String, Article> articles,
      Map<String, PageView> pageViews,
      boolean sameUrls,
      Predicate<ProcessedHtml> sameImages) {
    this.previous = previous;
    this.changes = changes;
    this.articles = articles;
    this.pageViews = pageViews;
    this.sameUrls = sameUrls;
    this.sameImages = sameImages;
  }

  /** Reuses nothing: a clean build. */
  static Reuse none() {
    return new Reuse(Optional.empty(), Changes.all(), Map.of(), Map.of(), false, b -> false);
  }

  /** Reuses what {@code changes} did not touch of {@code previous}. */
  static Reuse of(Optional<SiteState> previous, Changes changes) {
    Optional<SiteState> last = changes.everything() ? Optional.empty() : previous;
    Map<String, Article> articles = new HashMap<>();
    Map<String, PageView> pageViews = new HashMap<>();
    last.ifPresent(
        p -> {
          p.bodies().articles().forEach(a -> articles.put(a.post().file(), a));
          p.bodies().pages().forEach(v -> pageViews.put(v.page().file(), v));
        });
    return new Reuse(last, changes, articles, pageViews, false, b -> false);
  }

  /** The same decisions, knowing this build's URLs (when none changed, links need no redo). */
  Reuse withUrls(SiteUrls urls) {
    boolean same = previous.map(p -> p.urls().equals(urls)).orElse(false);
    return new Reuse(previous, changes, articles, pageViews, same, sameImages);
  }

  /** The same decisions, knowing this build's images: a body is kept while its images are. */
  Reuse withImages(SiteImages images) {
    return new Reuse(previous, changes, articles, pageViews, sameUrls, images::unchanged);
  }

  /**
   * What the last build found the site's images to be, less what {@code changes} touched: the dev
   * server reads an image again only when it changed.
   */
  ImageMemo images() {
    return ImageMemo.after(previous.map(SiteState::images), changes);
  }

  /** Settings and templates: the last ones unless {@code site.yaml} or a template changed. */
  Settings settings(Supplier<Settings> load) {
    return previous.map(SiteState::settings).orElseGet(load);
  }

  /** The comment store: the last one unless a comment file changed. */
  CommentStore comments(Supplier<CommentStore> load) {
    return previous
        .filter(p -> !changes.comments())
        .map(p -> p.sources().comments())
        .orElseGet(load);
  }

  /**
   * The content: the last one when no content file changed, else the last one with the changed
   * files read again, or everything read on a clean build.
   */
  Content content(
      Supplier<Content> readAll, BiFunction<Content, Set<String>, Content> readChanged) {
    if (previous.isEmpty()) {
      return readAll.get();
    }
    Content last = previous.get().sources().content();
    return changes.content() ? readChanged.apply(last, changes.files()) : last;
  }

  /**
   * A post's processed body: the last one when its post and URL are the same, either it links to no
   * other source ({@code .md}) or no URL of any source changed, and the images it shows are the
   * same.
   */
  ProcessedHtml body(Post post, String url, Supplier<ProcessedHtml> process) {
    Article old = articles.get(post.file());
    return old != null
            && old.post().equals(post)
            && stillValid(old.url(), url, post.markdown())
            && sameImages.test(old.body())
        ? old.body()
        : process.get();
  }

  /** The last build's article when it equals {@code fresh}: later equality checks are then free. */
  Article article(Article fresh) {
    Article old = articles.get(fresh.post().file());
    return fresh.equals(old) ? old : fresh;
  }

  /** A page's view: the last one under the same conditions as {@link #body}. */
  PageView pageView(Page page, String url, Supplier<PageView> process) {
    PageView old = pageViews.get(page.file());
    return old != null
            && old.page().equals(page)
            && stillValid(old.url(), url, page.markdown())
            && sameImages.test(old.body())
        ? old
        : process.get();
  }

  private boolean stillValid(String oldUrl, String url, String markdown) {
    return oldUrl.equals(url)
        && (sameUrls || !(markdown.contains(".md") || markdown.contains(".markdown")));
  }

  /**
   * {@code fresh}, with every year equal to one of the last build's replaced by that instance:
   * pages that show an unchanged year then compare equal by identity, instead of post by post (a
   * month page holds its whole year).
   */
  List<ArchiveYear> archive(List<ArchiveYear> fresh) {
    return previous.map(p -> Archive.reuse(fresh, p.listings().archive())).orElse(fresh);
  }

  Sidebar sidebar(Sidebar fresh) {
    return previous.map(p -> p.listings().sidebar()).filter(fresh::equals).orElse(fresh);
  }

  /** The sidebar's HTML: the last one when the sidebar is the very last one. */
  String sidebarHtml(Sidebar sidebar, Supplier<String> render) {
    return previous
        .filter(p -> p.listings().sidebar() == sidebar)
        .map(p -> p.listings().sidebarHtml())
        .orElseGet(render);
  }

  /** A page's file: the last one when its job is equal to the last one's. */
  OutputFile.Generated page(RenderJob job, Supplier<OutputFile.Generated> render) {
    RenderedPages.RenderedPage old =
        previous.map(p -> p.pages().byUrl().get(job.url())).orElse(null);
    return old != null && old.job().equals(job) ? old.file() : render.get();
  }

  /** A feed's or the sitemap's file: the last one when it was made from equal inputs. */
  <I> Documents.Made<I> document(SiteDocument<I> kind, I inputs, Supplier<Documents.Made<I>> make) {
    if (previous.isPresent()) {
      for (Documents.Made<?> old : previous.get().documents().made()) {
        if (old.kind().getClass() == kind.getClass() && old.inputs().equals(inputs)) {
          @SuppressWarnings("unchecked")
          Documents.Made<I> same = (Documents.Made<I>) old;
          return same;
        }
      }
    }
    return make.get();
  }
}
