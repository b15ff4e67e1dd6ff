package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCountsTest {
  /** The table counts as a plain map of strings would, over random texts with many repeats. */
  @Test
  void countsAsAMapWould() {
    Random random = new Random(15);
    String[] pool = {"a", "b", "ab", "ba", "Aa", "aA", "jalin", "jaLin", "網絡", "é", "x1", "1x"};
    for (int round = 0; round < 300; round++) {
      int n = random.nextInt(3000);
      StringBuilder text = new StringBuilder();
      Map<String, int[]> expected = new HashMap<>();
      WordCounts counts = new WordCounts(random.nextInt(200));
      for (int i = 0; i < n; i++) {
        String w =
            random.nextInt(4) == 0 ? "w" + random.nextInt(500) : pool[random.nextInt(pool.length)];
        int flag = random.nextInt(8) == 0 ? 4 : 0;
        int start = text.length();
        text.append(w).append(' ');
        counts.add(text.toString().toCharArray(), start, start + w.length(), flag);
        int[] e = expected.computeIfAbsent(w, k -> new int[2]);
        e[0]++;
        e[1] |= flag;
      }
      Map<String, String> actual = new HashMap<>();
      counts.forEach((word, count, flags) -> actual.put(word, count + "/" + flags));
      Map<String, String> want = new HashMap<>();
      expected.forEach((w, e) -> want.put(w, e[0] + "/" + e[1]));
      assertThat(actual).isEqualTo(want);
      assertThat(counts.size()).isEqualTo(want.size());
    }
  }
}
