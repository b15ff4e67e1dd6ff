package dev.tinta.importer;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one template language's tags are converted, which {@link LiquidTags} and {@link
 * HugoShortcodes} share: rules applied in order, then every tag left (and one opened but not closed
 * on its line) reported with its file and line, so nothing reaches a page silently.
 *
 * @param what the name a warning gives a tag ({@code "Liquid "}, {@code "shortcode "})
 * @param any a whole tag of the language
 * @param open the start of a tag
 * @param rules the conversions, in order
 */
record TagRules(String what, Pattern any, Pattern open, List<Rule> rules) {
  TagRules {
    rules = List.copyOf(rules);
  }

  /** A tag and what it becomes. */
  record Rule(Pattern pattern, Function<MatchResult, String> replacement) {}

  static Rule rule(String regex, Function<MatchResult, String> replacement) {
    return new Rule(Pattern.compile(regex), replacement);
  }

  /** A piece of a line with the clear tags converted; every other tag is added to warnings. */
  String convert(String text, String where, List<String> warnings) {
    String piece = text;
    for (Rule r : rules) {
      piece =
          r.pattern()
              .matcher(piece)
              .replaceAll(m -> Matcher.quoteReplacement(r.replacement().apply(m)));
    }
    piece = PostRefs.locate(piece, where);
    String rest = PostRefs.without(piece);
    Matcher left = any.matcher(rest);
    int end = 0;
    while (left.find()) {
      warnings.add(where + ": " + what + left.group() + " cannot be converted; left in the text");
      end = left.end();
    }
    // a tag that goes on in the next line is not matched above, but must not pass unseen
    Matcher unclosed = open.matcher(rest);
    if (unclosed.find(end)) {
      warnings.add(
          where
              + ": "
              + what
              + rest.substring(unclosed.start()).strip()
              + " is not closed on its line; left in the text");
    }
    return piece;
  }
}
