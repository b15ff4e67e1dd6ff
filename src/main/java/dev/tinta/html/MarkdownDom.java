package dev.tinta.html;

import dev.tinta.markdown.CommonmarkInternals;
import dev.tinta.markdown.MarkdownRenderer;
import java.util.Optional;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Builds the jsoup tree of a Markdown document straight from commonmark's syntax tree: the tree
 * jsoup would parse from commonmark's HTML for it, without writing that HTML and parsing it back
 * (bench/: 20 µs against 84 µs for a 6.7 kB post before C2).
 *
 * <p>It covers the CommonMark nodes and strikethrough, writing what {@code HtmlRenderer} writes
 * with {@code MarkdownRenderer}'s options: the same elements, attributes and newlines between
 * blocks. A document with raw HTML, a table, a footnote, a task list or any other extension node
 * goes the long way (render, then parse), since the HTML parser may rearrange what those contain.
 * Only author content takes this way; reader comments are rendered by commonmark and cleaned by
 * jsoup alone. {@code MarkdownDomTest} holds the two ways to the same processed page.
 *
 * <p>What it pays (#17: a fast path stays only if it saves 3% of a 10,000-post build): with every
 * post going the long way, the build took 4.3% more wall time (median of 8 interleaved paired
 * rounds, quartiles 1.03-1.09) and 4.2% more CPU, output on tmpfs, the launcher's JVM flags,
 * 2026-12-02 ({@code bench/ab.py}, figures in bench/README.md).
 */
public final class MarkdownDom extends AbstractVisitor {
  private final DomWriter out = new DomWriter();
  private boolean unsupported;

  private MarkdownDom() {}

  /** The tree of an author's document, or empty when it holds a node left to jsoup. */
  public static Optional<Document> of(Node document) {
    MarkdownDom dom = new MarkdownDom();
    document.accept(dom);
    return dom.unsupported ? Optional.empty() : Optional.of(dom.out.finish());
  }

  private void children(Node node) {
    for (Node n = node.getFirstChild(); n != null && !unsupported; n = n.getNext()) {
      n.accept(this);
    }
  }

  private void inline(Node node, String name) {
    out.open(name);
    children(node);
    out.close();
  }

  // --- what CoreHtmlNodeRenderer does -------------------------------------------------------

  @Override
  public void visit(org.commonmark.node.Document document) {
    children(document);
  }

  @Override
  public void visit(Heading heading) {
    out.line();
    inline(heading, "h" + heading.getLevel());
    out.line();
  }

  @Override
  public void visit(Paragraph paragraph) {
    Node grandparent = paragraph.getParent() == null ? null : paragraph.getParent().getParent();
    boolean tight = grandparent instanceof ListBlock list && list.isTight();
    if (tight) {
      children(paragraph);
      return;
    }
    out.line();
    inline(paragraph, "p");
    out.line();
  }

  @Override
  public void visit(BlockQuote quote) {
    out.line();
    out.open("blockquote");
    out.line();
    children(quote);
    out.line();
    out.close();
    out.line();
  }

  @Override
  public void visit(BulletList list) {
    out.line();
    out.open("ul");
    list(list);
  }

  @Override
  public void visit(OrderedList list) {
    out.line();
    Element ol = out.open("ol");
    Integer start = list.getMarkerStartNumber();
    if (start != null && start != 1) {
      ol.attr("start", String.valueOf(start));
    }
    list(list);
  }

  private void list(ListBlock list) {
    out.line();
    children(list);
    out.line();
    out.close();
    out.line();
  }

  @Override
  public void visit(ListItem item) {
    inline(item, "li");
    out.line();
  }

  @Override
  public void visit(FencedCodeBlock block) {
    String info = block.getInfo();
    String language = null;
    if (info != null && !info.isEmpty()) {
      int space = info.indexOf(" ");
      language = space == -1 ? info : info.substring(0, space);
    }
    Element code = code(block.getLiteral(), language);
    // what MarkdownRenderer's attribute provider adds: the fence's options, for highlighting
    String options = MarkdownRenderer.fenceOptions(info);
    if (!options.isEmpty()) {
      code.attr(MarkdownRenderer.FENCE_OPTIONS, options);
    }
  }

  @Override
  public void visit(IndentedCodeBlock block) {
    code(block.getLiteral(), null);
  }

  private Element code(String literal, String language) {
    out.line();
    out.open("pre");
    Element code = out.open("code");
    if (language != null) {
      code.attr("class", "language-" + language);
    }
    out.text(literal);
    out.close();
    out.close();
    out.line();
    return code;
  }

  @Override
  public void visit(ThematicBreak rule) {
    out.line();
    out.empty("hr");
    out.line();
  }

  @Override
  public void visit(Text text) {
    out.text(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.open("code");
    out.text(code.getLiteral());
    out.close();
  }

  @Override
  public void visit(Emphasis emphasis) {
    inline(emphasis, "em");
  }

  @Override
  public void visit(StrongEmphasis strong) {
    inline(strong, "strong");
  }

  @Override
  public void visit(Link link) {
    Element a = out.open("a");
    a.attr("href", CommonmarkInternals.percentEncodeUrl(link.getDestination()));
    if (link.getTitle() != null) {
      a.attr("title", link.getTitle());
    }
    children(link);
    out.close();
  }

  @Override
  public void visit(Image image) {
    Element img = out.empty("img");
    img.attr("src", CommonmarkInternals.percentEncodeUrl(image.getDestination()));
    img.attr("alt", altText(image));
    if (image.getTitle() != null) {
      img.attr("title", image.getTitle());
    }
  }

  /** The plain text of an image's description, as commonmark's renderer makes its alt. */
  private static String altText(Node image) {
    StringBuilder alt = new StringBuilder();
    image.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            alt.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            alt.append(code.getLiteral());
          }

          @Override
          public void visit(SoftLineBreak br) {
            alt.append('\n');
          }

          @Override
          public void visit(HardLineBreak br) {
            alt.append('\n');
          }
        });
    return alt.toString();
  }

  @Override
  public void visit(HardLineBreak br) {
    out.empty("br");
    out.line();
  }

  @Override
  public void visit(SoftLineBreak br) {
    out.text("\n");
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    // not rendered
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof Strikethrough) {
      inline(node, "del");
    } else {
      unsupported = true;
    }
  }

  @Override
  public void visit(HtmlBlock block) {
    unsupported = true; // the parser may rearrange raw HTML: left to it
  }

  @Override
  public void visit(HtmlInline html) {
    unsupported = true;
  }

  // --- left to the HTML parser ----------------------------------------------------------------

  @Override
  public void visit(CustomBlock block) {
    unsupported = true;
  }
}
