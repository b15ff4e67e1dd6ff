package dev.tinta.config;

import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.yaml.YamlMap;
import dev.tinta.yaml.YamlPosition;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The check every mapping of {@code site.yaml} gets: a key tinta does not read is an error at the
 * key, so a misspelt setting is not ignored in silence.
 */
final class KnownKeys {
  private KnownKeys() {}

  /**
   * Reports each key of {@code y} outside {@code known} as {@code unknown key '<prefix><key>'},
   * with the known keys as hint.
   */
  static void check(YamlMap y, String prefix, Set<String> known, Problems problems) {
    check(y, prefix, known::contains, hint(known), problems);
  }

  /** Reports each key of {@code y} that {@code known} refuses, with {@code hint}. */
  static void check(
      YamlMap y, String prefix, Predicate<String> known, String hint, Problems problems) {
    for (String key : y.keys()) {
      if (!known.test(key)) {
        YamlPosition at = y.keyPosition(key);
        problems.add(
            Problem.at(
                    ConfigLoader.FILE, at.line(), at.column(), "unknown key '" + prefix + key + "'")
                .withHint(hint));
      }
    }
  }

  /** {@code known keys: a, b, c}, sorted. */
  static String hint(Set<String> known) {
    return "known keys: " + String.join(", ", known.stream().sorted().toList());
  }
}
