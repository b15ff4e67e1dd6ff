package dev.tinta.templates;

import java.util.Locale;

/**
 * ICU's plural syntax in UI strings, resolved before {@link java.text.MessageFormat} sees the
 * pattern: {@code {0,plural,=0{No comments yet} one{# comment} other{# comments}}} picks the branch
 * for argument 0 (an exact {@code =n} first, then the language's {@link PluralRules} category, then
 * {@code other}) and writes {@code #} as {@code {0}}, which MessageFormat formats in the page's
 * language.
 */
final class PluralPattern {
  private static final String MARK = ",plural,";

  private PluralPattern() {}

  /** Whether {@code pattern} has a plural block. */
  static boolean has(String pattern) {
    return pattern.contains(MARK);
  }

  /**
   * {@code pattern} with each plural block replaced by its branch for {@code args}.
   *
   * @throws IllegalArgumentException for a block that is not well formed (named in the message)
   */
  static String resolve(String pattern, Locale locale, Object[] args) {
    StringBuilder out = new StringBuilder(pattern.length());
    int from = 0;
    int mark;
    while ((mark = pattern.indexOf(MARK, from)) >= 0) {
      int open = pattern.lastIndexOf('{', mark);
      int close = matching(pattern, open);
      if (open < from || close < 0) {
        throw new IllegalArgumentException("unbalanced plural block in: " + pattern);
      }
      String index = pattern.substring(open + 1, mark).strip();
      int arg = Integer.parseInt(index);
      long n = arg < args.length && args[arg] instanceof Number num ? num.longValue() : 0;
      String branch = branch(pattern.substring(mark + MARK.length(), close), locale, n, pattern);
      out.append(pattern, from, open).append(branch.replace("#", "{" + index + "}"));
      from = close + 1;
    }
    return out.append(pattern, from, pattern.length()).toString();
  }

  /** The index of the brace closing the one at {@code open}, or -1. */
  private static int matching(String s, int open) {
    int depth = 0;
    for (int i = open; i >= 0 && i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The text of the branch for {@code n} among {@code =0{...} one{...} other{...}}. */
  private static String branch(String branches, Locale locale, long n, String pattern) {
    String category = PluralRules.category(locale, n);
    String exact = null;
    String byCategory = null;
    String other = null;
    int i = 0;
    while (i < branches.length()) {
      int open = branches.indexOf('{', i);
      if (open < 0) {
        if (!branches.substring(i).isBlank()) {
          throw new IllegalArgumentException("stray text in plural block of: " + pattern);
        }
        break;
      }
      int close = matching(branches, open);
      if (close < 0) {
        throw new IllegalArgumentException("unbalanced plural block in: " + pattern);
      }
      String selector = branches.substring(i, open).strip();
      String text = branches.substring(open + 1, close);
      if (selector.equals("=" + n)) {
        exact = text;
      } else if (selector.equals(category)) {
        byCategory = text;
      } else if (selector.equals("other")) {
        other = text;
      }
      i = close + 1;
    }
    if (exact != null) {
      return exact;
    } else if (byCategory != null) {
      return byCategory;
    } else if (other != null) {
      return other;
    }
    throw new IllegalArgumentException("plural block without an 'other' branch in: " + pattern);
  }
}
