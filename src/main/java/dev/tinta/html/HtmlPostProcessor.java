package dev.tinta.html;

import dev.tinta.highlight.Highlighter;
import dev.tinta.markdown.MarkdownRenderer;
import dev.tinta.markdown.MarkdownTooComplex;
import dev.tinta.model.HeadingIds;
import dev.tinta.model.ProcessedHtml;
import dev.tinta.model.SizedImage;
import dev.tinta.problem.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Node;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the Markdown body of a post or page into its {@link ProcessedHtml}: commonmark's syntax
 * tree becomes a jsoup tree (built directly by {@link MarkdownDom} where it can, else rendered by
 * commonmark and parsed by jsoup: a choice made here and nowhere else), then the ordered jsoup
 * passes run over it: heading anchors, table of contents, links, image sizes and variants, figures,
 * code highlighting, excerpt and word count. Thread-safe; holds no per-document state.
 */
public final class HtmlPostProcessor {
  private final URI baseUrl;
  private final HeadingIds headingIds;
  private final ImageResolver images;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Highlighter highlighter = new Highlighter();

  /**
   * Passes with tinta's first style of heading ids, leaving images as written (no sizes, no
   * variants, no check that they exist).
   *
   * @param baseUrl the site's base URL: links to its host are internal, not external
   */
  public HtmlPostProcessor(URI baseUrl) {
    this(baseUrl, HeadingIds.TINTA);
  }

  /**
   * Passes that leave images as written.
   *
   * @param baseUrl the site's base URL: links to its host are internal, not external
   * @param headingIds the style of the ids headings get
   */
  public HtmlPostProcessor(URI baseUrl, HeadingIds headingIds) {
    this(baseUrl, headingIds, ImageResolver.NONE);
  }

  /**
   * @param baseUrl the site's base URL: links to its host are internal, not external
   * @param headingIds the style of the ids headings get
   * @param images finds the local images bodies show
   */
  public HtmlPostProcessor(URI baseUrl, HeadingIds headingIds, ImageResolver images) {
    this.baseUrl = baseUrl;
    this.headingIds = headingIds;
    this.images = images;
  }

  /** What the passes made of one body, and the problems they found in it. */
  public record Result(ProcessedHtml html, List<Problem> problems) {
    public Result {
      problems = List.copyOf(problems);
    }
  }

  /**
   * Processes the Markdown body of one source file.
   *
   * @param context the body and where it comes from, for relative links and problem positions
   */
  public Result process(SourceContext context, LinkResolver links) {
    Node ast;
    try {
      ast = markdown.parse(context.markdown());
    } catch (MarkdownTooComplex e) {
      int[] at = context.positionOf(e.firstLine());
      Problem refused = Problem.at(context.file(), at[0], at[1], e.getMessage()).withHint(e.hint());
      return new Result(
          new ProcessedHtml("", List.of(), "", "", 0, 0, List.of()), List.of(refused));
    }
    Document body = MarkdownDom.of(ast).orElseGet(() -> parse(markdown.render(ast)));
    return process(body, context, links);
  }

  /** Processes rendered HTML as if it came from {@code context}'s Markdown (for tests). */
  Result process(String html, SourceContext context, LinkResolver links) {
    return process(parse(html), context, links);
  }

  /** The document of a rendered body, as the passes take it. */
  static Document parse(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc;
  }

  /** Runs the passes over one source file's tree; changes {@code doc}. */
  Result process(Document doc, SourceContext context, LinkResolver links) {
    Element body = doc.body();
    List<Problem> problems = new ArrayList<>();
    // one walk finds every element; each pass picks its own from the list
    List<Element> all = body.getAllElements();
    var toc = HeadingAnchors.apply(all, headingIds);
    LinkRewriter.apply(all, context, links, baseUrl, problems);
    List<SizedImage> sized =
        images == ImageResolver.NONE
            ? List.of()
            : ImageSizes.apply(all, context, images, baseUrl, problems);
    ImageAttributes.apply(all);
    Figures.apply(all);
    MarkupFixes.apply(all);
    // after the passes that look at elements: the spans it adds are in no list they walk
    CodeHighlighting.apply(all, highlighter, context, problems);
    Excerpt excerpt =
        Excerpt.of(
            body,
            all,
            links.urlOf(context.file()).map(u -> LinkRewriter.root(baseUrl) + u).orElse(""));
    // the body is written and its words counted in one walk; jsoup's writer needs a walk of its own
    WordCount.Counter counter = new WordCount.Counter();
    // a body's HTML is a little longer than its Markdown
    int capacity = context.markdown().length() + context.markdown().length() / 4 + 256;
    String html = HtmlSerializer.write(body, false, counter, capacity);
    int words = counter.words();
    if (html == null) {
      html = body.html();
      words = WordCount.of(body);
    }
    ProcessedHtml out =
        new ProcessedHtml(
            html,
            toc,
            excerpt.html(),
            excerpt.text(),
            words,
            WordCount.readingMinutes(words),
            sized);
    return new Result(out, problems);
  }
}
