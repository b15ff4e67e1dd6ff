package dev.tinta.markdown;

import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

/**
 * Refuses a paragraph (or heading, or table cell) with more emphasis delimiter runs, or more {@code
 * [}, than {@value #MAX_RUNS} before commonmark's inline parser sees it. commonmark-java 0.30.0
 * matches emphasis in time quadratic in the runs of one paragraph for some input (cmark issue #389,
 * {@code "*a " * n + "_a*_ " * n}: 40,000 runs took over 2 minutes); below the cap the worst case
 * is a fraction of a second, and no paragraph a person writes comes near it. Issue #11, found by
 * {@code bench/pathological.py}.
 */
final class DelimiterBudget implements InlineParserFactory {
  /** Runs of {@code *}, {@code _} or {@code ~}, and {@code [}, one inline block may hold. */
  static final int MAX_RUNS = 5_000;

  @Override
  public InlineParser create(InlineParserContext context) {
    InlineParser parser = CommonmarkInternals.inlineParser(context);
    return (SourceLines lines, Node block) -> {
      refuseOverBudget(
          lines, brackets(lines), "'['", "escape them as \\[, or put the text in a code block");
      refuseOverBudget(
          lines,
          runs(lines),
          "runs of '*', '_' or '~'",
          "escape them as \\*, \\_ or \\~, or put the text in a code block");
      parser.parse(lines, block);
    };
  }

  /** Refuses a block with more than {@link #MAX_RUNS} of {@code what}, naming its first line. */
  private static void refuseOverBudget(SourceLines lines, int count, String what, String hint) {
    if (count > MAX_RUNS) {
      String first =
          lines.getLines().isEmpty() ? "" : lines.getLines().get(0).getContent().toString();
      throw new MarkdownTooComplex(first, count, what, hint, MAX_RUNS);
    }
  }

  /**
   * The unescaped {@code [} of a block: commonmark-java 0.30.0 walks every open bracket for each
   * link it closes inside an image ({@code "![[]()" * n}, cmark's pathological tests: 40,000 took
   * over 2 minutes).
   */
  static int brackets(SourceLines lines) {
    int brackets = 0;
    for (SourceLine line : lines.getLines()) {
      CharSequence s = line.getContent();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '[') {
          brackets++;
        }
      }
    }
    return brackets;
  }

  /**
   * An upper bound of the delimiter runs commonmark would push: runs of {@code *} and {@code ~},
   * and of {@code _} unless between two letters or digits (intraword, CommonMark §6.2); escaped
   * characters are not runs.
   */
  static int runs(SourceLines lines) {
    int runs = 0;
    for (SourceLine line : lines.getLines()) {
      CharSequence s = line.getContent();
      int n = s.length();
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c == '\\') {
          i++;
          continue;
        }
        if (c != '*' && c != '_' && c != '~') {
          continue;
        }
        int end = i;
        while (end + 1 < n && s.charAt(end + 1) == c) {
          end++;
        }
        boolean intraword =
            c == '_'
                && i > 0
                && end + 1 < n
                && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(end + 1));
        if (!intraword) {
          runs++;
        }
        i = end;
      }
    }
    return runs;
  }
}
