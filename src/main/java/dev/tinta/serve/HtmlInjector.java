package dev.tinta.serve;

/**
 * Puts a snippet into an HTML page just before its closing {@code </body>}, or at the end when the
 * page has none (the HTML parser still runs it). Only the dev server does this; {@code tinta build}
 * output is never changed.
 */
final class HtmlInjector {
  private static final String CLOSE = "</body";

  private HtmlInjector() {}

  /**
   * {@code html} with {@code snippet} before the last {@code </body>} (any case); the last, since
   * an earlier one can sit inside a script or a code sample.
   */
  static String inject(String html, String snippet) {
    if (snippet.isEmpty()) {
      return html;
    }
    int at = lastBodyEnd(html);
    if (at < 0) {
      return html + snippet;
    }
    return html.substring(0, at) + snippet + html.substring(at);
  }

  /** Where the last {@code </body} starts; not via toLowerCase, which can change the length. */
  private static int lastBodyEnd(String html) {
    for (int i = html.lastIndexOf('<'); i >= 0; i = html.lastIndexOf('<', i - 1)) {
      if (html.regionMatches(true, i, CLOSE, 0, CLOSE.length())) {
        return i;
      }
    }
    return -1;
  }
}
