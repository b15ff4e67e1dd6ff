package dev.tinta.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Author Markdown to HTML: CommonMark plus GFM tables, strikethrough, autolinks, task lists and
 * footnotes. Raw HTML passes through: authors are trusted (reader comments use their own, strict
 * renderer). Thread-safe; build one and share it.
 */
public final class MarkdownRenderer {
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
    this.parser = Parser.builder().extensions(extensions).build();
    // Percent-encode link and image destinations as the CommonMark spec's examples do (§6.3):
    // a space or a non-ASCII letter in an href is not a valid URL (HTML §2.4, Nu checker).
    this.renderer = HtmlRenderer.builder().extensions(extensions).percentEncodeUrls(true).build();
  }

  /** Renders a Markdown document to an HTML fragment. */
  public String render(String markdown) {
    return renderer.render(parser.parse(markdown));
  }

  /** Parses a Markdown document into commonmark's syntax tree. */
  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  /** Renders a parsed document to an HTML fragment. */
  public String render(Node document) {
    return renderer.render(document);
  }
}
