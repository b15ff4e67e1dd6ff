package dev.tinta.markdown;

/**
 * A Markdown body that tinta refuses to parse because one of its paragraphs has more emphasis
 * delimiters or brackets than commonmark can match in reasonable time (see {@code
 * DelimiterBudget}).
 */
public final class MarkdownTooComplex extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The first line of the paragraph, as written (without a quote's or list's markers). */
  private final String firstLine;

  /** How to get the paragraph through. */
  private final String hint;

  MarkdownTooComplex(String firstLine, int count, String what, String hint, int max) {
    super(
        "a paragraph with " + count + " " + what + " (at most " + max + " are parsed)",
        null,
        false,
        false);
    this.firstLine = firstLine;
    this.hint = hint;
  }

  /** How to get the paragraph through, for the problem's hint. */
  public String hint() {
    return hint;
  }

  /** The first line of the paragraph, to find it in the file. */
  public String firstLine() {
    return firstLine;
  }
}
