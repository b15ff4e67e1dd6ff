package dev.tinta.html;

/**
 * Where an HTML body came from.
 *
 * @param file the Markdown file, relative to the site ({@code content/posts/x.md})
 * @param markdown its body text, to find the line of a bad link
 * @param bodyLine 1-based line of the file where that text starts
 */
public record SourceContext(String file, String markdown, int bodyLine) {

  /** The folder of the file, relative to the site, ending in {@code /}. */
  String folder() {
    int slash = file.lastIndexOf('/');
    return slash < 0 ? "" : file.substring(0, slash + 1);
  }

  /** The 1-based line and column in the file where {@code needle} first occurs in the body. */
  int[] positionOf(String needle) {
    int at = markdown.indexOf(needle);
    if (at < 0) {
      return new int[] {bodyLine, 1};
    }
    int line = bodyLine;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (markdown.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, at - lineStart + 1};
  }
}
