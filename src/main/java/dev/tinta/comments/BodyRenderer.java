package dev.tinta.comments;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns an untrusted Markdown comment body into safe HTML, on library code only: commonmark's own
 * renderer with raw HTML escaped and URLs sanitized, then jsoup's parser and a {@link Cleaner} with
 * a strict allow-list as a second, independent wall. Every cleaning rule of comment bodies is in
 * this class and {@link CommentNodeRenderer} (issue #17: untrusted input takes no hand-made fast
 * path). Built once per store; thread-safe (commonmark's parser and renderer and jsoup's cleaner
 * keep no per-call state).
 */
final class BodyRenderer {
  /** Elements a comment may contain; everything else is unwrapped or dropped. */
  static final Set<String> TAGS =
      Set.of("p", "br", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a", "del");

  /** The only link schemes a comment keeps. */
  private static final String[] SCHEMES = {"http", "https", "mailto"};

  /** Every link in a comment: not endorsed, user content, no window.opener. */
  static final String LINK_REL = "nofollow ugc noopener";

  // Hard caps against hostile nesting (">>>>>…", "*****…"), as commonmark-java recommends.
  private static final int MAX_BLOCK_NESTING = 16;
  private static final int MAX_INLINE_NESTING = 16;

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final Cleaner cleaner;

  /** A rendered body: safe HTML, and its plain text on demand (only excerpts need it). */
  static final class Body {
    private final Element clean;

    private Body(Element clean) {
      this.clean = clean;
    }

    String html() {
      return clean.html();
    }

    String text() {
      return clean.text();
    }
  }

  BodyRenderer() {
    List<Extension> extensions =
        List.of(AutolinkExtension.create(), StrikethroughExtension.create());
    this.parser =
        Parser.builder()
            .extensions(extensions)
            .maxOpenBlockParsers(MAX_BLOCK_NESTING)
            .maxInlineNesting(MAX_INLINE_NESTING)
            .build();
    // the default sanitizer also lets data: through for images
    UrlSanitizer urls = new DefaultUrlSanitizer(List.of(SCHEMES));
    this.renderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            // readers break lines where they mean it (Blogger and Isso keep them too)
            .softbreak("<br>\n")
            .sanitizeUrls(true)
            .urlSanitizer(urls)
            .nodeRendererFactory(CommentNodeRenderer::new)
            .build();
    this.cleaner = new Cleaner(safelist());
  }

  /** The strict allow-list; links only to http, https and mailto, always with {@link #LINK_REL}. */
  static Safelist safelist() {
    return new Safelist()
        .addTags(TAGS.toArray(String[]::new))
        .addAttributes("a", "href")
        .addAttributes("ol", "start")
        .addProtocols("a", "href", SCHEMES)
        .addEnforcedAttribute("a", "rel", LINK_REL);
  }

  /** Renders and sanitizes one body. */
  Body render(String markdown) {
    Node ast = parser.parse(markdown);
    Document dirty = Jsoup.parseBodyFragment(renderer.render(ast), "");
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false);
    return new Body(clean.body());
  }
}
