package dev.tinta.markdown;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Author Markdown to HTML: CommonMark plus GFM tables, strikethrough, autolinks, task lists and
 * footnotes. Raw HTML passes through: authors are trusted (reader comments use their own, strict
 * renderer). Thread-safe; build one and share it.
 */
public final class MarkdownRenderer {
  /**
   * The attribute of a fenced block's {@code code} element that holds the info string after the
   * language ({@code {linenos=true}}), for the highlighting pass, which removes it.
   */
  public static final String FENCE_OPTIONS = "data-options";

  /** The info string of a fence after its language (and the space), or empty. */
  public static String fenceOptions(String info) {
    if (info == null) {
      return "";
    }
    int space = info.indexOf(" ");
    return space == -1 ? "" : info.substring(space + 1).strip();
  }

  private final Parser parser;
  private final HtmlRenderer renderer;

  public MarkdownRenderer() {
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create());
    this.parser =
        Parser.builder().extensions(extensions).inlineParserFactory(new DelimiterBudget()).build();
    // Percent-encode link and image destinations as the CommonMark spec's examples do (§6.3):
    // a space or a non-ASCII letter in an href is not a valid URL (HTML §2.4, Nu checker).
    this.renderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .percentEncodeUrls(true)
            .attributeProviderFactory(context -> MarkdownRenderer::keepFenceOptions)
            .build();
  }

  /**
   * Keeps what a fence says after its language ({@code ```java {linenos=true}}) in the code
   * element's {@code data-options}, for the highlighting pass (which removes it); {@code
   * MarkdownDom} does the same.
   */
  private static void keepFenceOptions(Node node, String tag, Map<String, String> attributes) {
    if (node instanceof FencedCodeBlock block && tag.equals("code")) {
      String options = fenceOptions(block.getInfo());
      if (!options.isEmpty()) {
        attributes.put(FENCE_OPTIONS, options);
      }
    }
  }

  /**
   * Renders a Markdown document to an HTML fragment.
   *
   * @throws MarkdownTooComplex for a paragraph with more emphasis delimiters than tinta parses
   */
  public String render(String markdown) {
    return renderer.render(parser.parse(markdown));
  }

  /**
   * Parses a Markdown document into commonmark's syntax tree.
   *
   * @throws MarkdownTooComplex for a paragraph with more emphasis delimiters than tinta parses
   */
  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  /** Renders a parsed document to an HTML fragment. */
  public String render(Node document) {
    return renderer.render(document);
  }
}
