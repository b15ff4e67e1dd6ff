package dev.tinta.comments;

import java.util.Set;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Comment-only rendering of two node kinds: an image shows its alt text (comments never load
 * pictures), and a heading becomes a paragraph (a reader must not add headings to the page
 * outline).
 */
final class CommentNodeRenderer implements NodeRenderer {
  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  CommentNodeRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Image.class, Heading.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof Heading) {
      html.line();
      html.tag("p");
      renderChildren(node);
      html.tag("/p");
      html.line();
    } else {
      renderChildren(node);
    }
  }

  private void renderChildren(Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }
}
