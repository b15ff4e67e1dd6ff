package dev.tinta.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Random YAML text: block and flow collections, anchors, aliases, tags, block scalars, documents,
 * and now and then something only almost YAML (a tab indent, a deep or wide structure, an alias
 * bomb). Keys are drawn from the site's real keys so that a good share of documents reach the code
 * behind the parser.
 */
final class RandomYaml {
  private final SplittableRandom random;
  private final List<String> keys;

  RandomYaml(SplittableRandom random, List<String> keys) {
    this.random = random;
    this.keys = keys;
  }

  /** A whole document; a map at the top most of the time. */
  String document() {
    return switch (random.nextInt(12)) {
      case 0 -> deep(random.nextInt(2) == 0 ? 50 : 5000);
      case 1 -> aliasBomb();
      case 2 -> "- " + value(2) + "\n- " + value(2) + "\n";
      case 3 -> scalar() + "\n";
      case 4 -> "%YAML 1.1\n---\n" + map(0, 2) + "...\n---\n" + map(0, 1);
      case 5 -> map(0, 3).replace("  ", "\t");
      default -> map(0, 3);
    };
  }

  /** A block map at an indent. */
  String map(int indent, int depth) {
    StringBuilder out = new StringBuilder();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      out.append(" ".repeat(indent)).append(key()).append(':');
      if (depth > 0 && random.nextInt(4) == 0) {
        out.append('\n').append(map(indent + 2, depth - 1));
      } else if (depth > 0 && random.nextInt(5) == 0) {
        for (int j = 0, m = 1 + random.nextInt(3); j < m; j++) {
          out.append('\n').append(" ".repeat(indent + 2)).append("- ").append(value(depth - 1));
        }
        out.append('\n');
      } else {
        out.append(' ').append(value(depth - 1)).append('\n');
      }
    }
    return out.toString();
  }

  /** A key: one of the site's, a near miss of one, or anything. */
  String key() {
    String k = keys.get(random.nextInt(keys.size()));
    return switch (random.nextInt(10)) {
      case 0 -> typo(k);
      case 1 -> scalar();
      case 2 -> "\"" + k + "\"";
      case 3 -> "? " + k + "\n";
      case 4 -> "&k" + random.nextInt(3) + " " + k;
      default -> k;
    };
  }

  /** A flow value. */
  String value(int depth) {
    if (depth <= 0 || random.nextInt(3) > 0) {
      return scalar();
    }
    StringBuilder out = new StringBuilder();
    if (random.nextBoolean()) {
      out.append('[');
      for (int i = 0, n = random.nextInt(4); i < n; i++) {
        out.append(i > 0 ? ", " : "").append(value(depth - 1));
      }
      return out.append(']').toString();
    }
    out.append('{');
    for (int i = 0, n = random.nextInt(4); i < n; i++) {
      out.append(i > 0 ? ", " : "").append(keys.get(random.nextInt(keys.size())));
      out.append(": ").append(value(depth - 1));
    }
    return out.append('}').toString();
  }

  /** One of the pool's values, flattened to one line where it has several. */
  String scalar() {
    String v = Fragments.YAML_VALUES.get(random.nextInt(Fragments.YAML_VALUES.size()));
    if (random.nextInt(10) == 0) {
      return "*k" + random.nextInt(3);
    }
    return v.contains("\n") && random.nextBoolean() ? v.replace('\n', ' ') : v;
  }

  /** A key with one letter dropped, doubled or swapped with the next. */
  String typo(String key) {
    if (key.length() < 2) {
      return key + "_";
    }
    int i = random.nextInt(key.length() - 1);
    return switch (random.nextInt(3)) {
      case 0 -> key.substring(0, i) + key.substring(i + 1);
      case 1 -> key.substring(0, i + 1) + key.charAt(i) + key.substring(i + 1);
      default -> key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
    };
  }

  /** Nesting far deeper than any real file: flow brackets, block maps or a quoted look-alike. */
  String deep(int levels) {
    String key = keys.get(random.nextInt(keys.size()));
    return switch (random.nextInt(4)) {
      case 0 -> key + ": " + "[".repeat(levels) + "]".repeat(levels) + "\n";
      case 1 -> key + ": " + "{a: ".repeat(levels) + "1" + "}".repeat(levels) + "\n";
      case 2 -> {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(levels, 400); i++) {
          out.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        yield out.append(" ".repeat(Math.min(levels, 400))).append("v\n").toString();
      }
      default -> key + ": \"" + "[".repeat(levels) + "\"\n";
    };
  }

  /** The billion laughs, which an alias limit must stop. */
  String aliasBomb() {
    StringBuilder out = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      out.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) {
        out.append(i > 0 ? ", *" : "*").append(p);
      }
      out.append("]\n");
    }
    return out.toString();
  }
}
