package dev.tinta.markdown;

import org.commonmark.internal.InlineParserImpl;
import org.commonmark.internal.util.Escaping;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;

/**
 * The one door to commonmark-java's internal API, pinned at 0.30.0 with the rest of commonmark in
 * {@code pom.xml}: what {@code html.MarkdownDom} needs to write exactly what commonmark's {@code
 * HtmlRenderer} writes. {@code MarkdownDomTest} (the CommonMark and GFM spec examples through both
 * routes) fails if an upgrade changes what this calls.
 */
public final class CommonmarkInternals {
  private CommonmarkInternals() {}

  /** A link or image destination percent-encoded as {@code HtmlRenderer} does (CommonMark §6.3). */
  public static String percentEncodeUrl(String url) {
    return Escaping.percentEncodeUrl(url);
  }

  /**
   * commonmark's own inline parser, which {@code Parser.Builder} makes when no factory is given (it
   * has no public way to ask for it).
   */
  static InlineParser inlineParser(InlineParserContext context) {
    return new InlineParserImpl(context);
  }
}
