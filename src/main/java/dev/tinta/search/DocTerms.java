package dev.tinta.search;

import java.util.HashMap;
import java.util.Map;

/**
 * The index terms of one post: its stems (by number, see {@link Vocabulary}) with a weight code.
 *
 * <p>The weight code (0–7) is what a posting stores besides the post: bit 2 says the stem is in the
 * title, bits 0–1 bucket how often it occurs in title and text (1, 2–3, 4–7, 8 or more times).
 *
 * @param stems the post's stems, in no particular order
 * @param codes each stem's weight code
 */
record DocTerms(int[] stems, byte[] codes) {
  static final int IN_TITLE = 4;

  /** Analyzes a post: title and text cut into words, folded and stemmed in its language. */
  static DocTerms of(SearchDoc doc, Vocabulary vocabulary) {
    WordCounts words = new WordCounts(doc.title().length() + doc.text().length());
    Map<String, int[]> cjk = new HashMap<>();
    count(doc.title(), IN_TITLE, words, cjk);
    count(doc.text(), 0, words, cjk);
    Map<String, Vocabulary.Word> language = vocabulary.language(doc.lang());
    // by stem number: [number, count, flags] in an open-addressing table
    int capacity = Integer.highestOneBit(Math.max(16, (words.size() + cjk.size()) * 2)) * 2;
    int[] table = new int[capacity * 3];
    java.util.Arrays.fill(table, -1);
    int[] size = {0};
    words.forEach(
        (raw, count, flags) -> {
          Vocabulary.Stem stem = vocabulary.word(doc.lang(), language, raw).stem();
          if (stem != null) {
            size[0] += merge(table, stem.id(), count, flags);
          }
        });
    cjk.forEach((key, c) -> size[0] += merge(table, vocabulary.stem(key).id(), c[0], c[1]));
    int[] stems = new int[size[0]];
    byte[] codes = new byte[size[0]];
    int i = 0;
    for (int slot = 0; slot < table.length; slot += 3) {
      if (table[slot] >= 0) {
        stems[i] = table[slot];
        codes[i] = (byte) code(table[slot + 1], table[slot + 2]);
        i++;
      }
    }
    return new DocTerms(stems, codes);
  }

  /** Counts each token of {@code text}, CJK keys as [occurrences, title bit]. */
  private static void count(String text, int flag, WordCounts words, Map<String, int[]> cjk) {
    Tokens.split(
        text,
        new Tokens.Sink() {
          @Override
          public void word(char[] t, int start, int end) {
            words.add(t, start, end, flag);
          }

          @Override
          public void cjk(String key) {
            int[] c = cjk.computeIfAbsent(key, k -> new int[2]);
            c[0]++;
            c[1] |= flag;
          }
        });
  }

  /** Adds to stem {@code id}'s count and flags; 1 when the stem is new to the table. */
  private static int merge(int[] table, int id, int count, int flags) {
    int slots = table.length / 3;
    int slot = (id * 0x9E3779B9 >>> 8) % slots;
    while (table[slot * 3] >= 0 && table[slot * 3] != id) {
      slot = slot + 1 == slots ? 0 : slot + 1;
    }
    int at = slot * 3;
    if (table[at] == id) {
      table[at + 1] += count;
      table[at + 2] |= flags;
      return 0;
    }
    table[at] = id;
    table[at + 1] = count;
    table[at + 2] = flags;
    return 1;
  }

  /** The weight code of a stem seen {@code count} times, {@code flags} holding the title bit. */
  static int code(int count, int flags) {
    int bucket = count >= 8 ? 3 : count >= 4 ? 2 : count >= 2 ? 1 : 0;
    return (flags & IN_TITLE) | bucket;
  }
}
