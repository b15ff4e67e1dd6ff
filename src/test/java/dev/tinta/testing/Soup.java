package dev.tinta.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random texts made of given pieces: seeded, so a failure names a text that comes back. */
public final class Soup {
  /** Markdown syntax, text and characters that need escaping: pieces of random documents. */
  public static final List<String> MARKDOWN =
      List.of(
          "# ",
          "## ",
          "> ",
          "- ",
          "1. ",
          "* ",
          "+ ",
          "3) ",
          "```\n",
          "    ",
          "\t",
          "\n",
          "\n\n",
          "  \n",
          "---\n",
          "=== \n",
          "*",
          "**",
          "_",
          "`",
          "~~",
          "[",
          "](",
          ")",
          "![",
          "\\",
          "[r]: /u\n",
          "[r]",
          "www.a.org",
          "http://b.org/x?y=1&z",
          "a@b.org",
          "&amp;",
          "&",
          "<",
          ">",
          "\"",
          "'",
          "word",
          " ",
          "é",
          "\u00a0",
          "\uD83D\uDE00");

  private Soup() {}

  /** {@link #of(long, int, int, String...)} with the {@link #MARKDOWN} pieces and more. */
  public static List<String> markdown(long seed, int count, int maxPieces, String... more) {
    List<String> pieces = new ArrayList<>(MARKDOWN);
    pieces.addAll(List.of(more));
    return of(seed, count, maxPieces, pieces.toArray(String[]::new));
  }

  /** {@code count} texts of up to {@code maxPieces - 1} pieces each, drawn with {@code seed}. */
  public static List<String> of(long seed, int count, int maxPieces, String... pieces) {
    Random random = new Random(seed);
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0, n = random.nextInt(maxPieces); j < n; j++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
