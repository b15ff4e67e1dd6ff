package dev.tinta.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkType;
import org.commonmark.ext.autolink.internal.AutolinkPostProcessor;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.parser.PostProcessor;

/**
 * GFM autolinks (URLs, {@code www.} addresses, e-mail addresses), made by commonmark's own autolink
 * post-processor, but only for the texts that could hold one. That processor's link finder looks at
 * every character of every text, a fifth of the time it takes to parse a post before the JIT's
 * second tier; its three triggers are {@code :}, {@code @} and {@code www.}, so a text with none of
 * them is left as it is. {@code AutolinksTest} holds it to the autolink extension.
 */
public final class Autolinks implements PostProcessor {
  private final AutolinkPostProcessor links =
      new AutolinkPostProcessor(EnumSet.allOf(AutolinkType.class));

  /** The parser extension, for where {@code AutolinkExtension.create()} would go in a list. */
  public static Extension extension() {
    return (Parser.ParserExtension) builder -> builder.postProcessor(new Autolinks());
  }

  @Override
  public Node process(Node document) {
    // collected first: linking a text replaces it with new nodes, which must not be visited
    List<Text> candidates = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          private int inLink;

          @Override
          public void visit(Link link) {
            inLink++;
            visitChildren(link);
            inLink--;
          }

          @Override
          public void visit(Text text) {
            if (inLink == 0 && mayHoldLink(text.getLiteral())) {
              candidates.add(text);
            }
          }
        });
    candidates.forEach(links::process);
    return document;
  }

  /** Whether the link finder could find anything in {@code text}. */
  static boolean mayHoldLink(String text) {
    return text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.contains("www.");
  }
}
