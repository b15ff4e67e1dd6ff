package dev.tinta.search;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The index terms of one post: each stem with a weight code, and the words of the post whose key is
 * not their stem (for the word-to-stem table the browser looks up).
 *
 * <p>The weight code (0–7) is what a posting stores besides the post: bit 2 says the stem is in the
 * title, bits 0–1 bucket how often it occurs in title and text (1, 2–3, 4–7, 8 or more times).
 *
 * @param stems the post's stems, in no particular order
 * @param codes each stem's weight code
 * @param forms words (keys) of the post whose stem differs from the key
 * @param formStems the stem of each of {@code forms}
 */
record DocTerms(String[] stems, byte[] codes, String[] forms, String[] formStems) {
  static final int IN_TITLE = 4;

  /** Analyzes a post: title and text split into words, folded and stemmed in its language. */
  static DocTerms of(SearchDoc doc, Stemmers stemmers) {
    Map<String, int[]> counts = new HashMap<>();
    count(doc.title(), IN_TITLE, counts);
    count(doc.text(), 0, counts);
    Map<String, int[]> byStem = new HashMap<>();
    Map<String, String> forms = new HashMap<>();
    counts.forEach(
        (raw, c) -> {
          if (c[2] == 1) {
            // a CJK key: no stemming
            merge(byStem, raw, c);
            return;
          }
          String key = Tokens.key(raw);
          if (key.isEmpty()) {
            return;
          }
          String stem = Tokens.fold(stemmers.stem(doc.lang(), raw.toLowerCase(Locale.ROOT)));
          if (stem.isEmpty()) {
            stem = key;
          }
          merge(byStem, stem, c);
          if (!stem.equals(key)) {
            forms.put(key, stem);
          }
        });
    String[] stems = new String[byStem.size()];
    byte[] codes = new byte[stems.length];
    int i = 0;
    for (Map.Entry<String, int[]> e : byStem.entrySet()) {
      stems[i] = e.getKey();
      codes[i] = (byte) code(e.getValue()[0], e.getValue()[1]);
      i++;
    }
    String[] keys = new String[forms.size()];
    String[] keyStems = new String[keys.length];
    i = 0;
    for (Map.Entry<String, String> e : forms.entrySet()) {
      keys[i] = e.getKey();
      keyStems[i] = e.getValue();
      i++;
    }
    return new DocTerms(stems, codes, keys, keyStems);
  }

  /** Counts each token: [occurrences, title bit, 1 for a CJK key]. */
  private static void count(String text, int flag, Map<String, int[]> counts) {
    Tokens.split(
        text,
        new Tokens.Sink() {
          @Override
          public void word(String raw) {
            int[] c = counts.computeIfAbsent(raw, k -> new int[3]);
            c[0]++;
            c[1] |= flag;
          }

          @Override
          public void cjk(String key) {
            int[] c = counts.computeIfAbsent(key, k -> new int[] {0, 0, 1});
            c[0]++;
            c[1] |= flag;
          }
        });
  }

  private static void merge(Map<String, int[]> byStem, String stem, int[] c) {
    int[] s = byStem.computeIfAbsent(stem, k -> new int[2]);
    s[0] += c[0];
    s[1] |= c[1];
  }

  /** The weight code of a stem seen {@code count} times, {@code flags} holding the title bit. */
  static int code(int count, int flags) {
    int bucket = count >= 8 ? 3 : count >= 4 ? 2 : count >= 2 ? 1 : 0;
    return (flags & IN_TITLE) | bucket;
  }
}
