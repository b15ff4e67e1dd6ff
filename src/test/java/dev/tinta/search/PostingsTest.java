package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingsTest {
  static String write(int... packed) {
    StringBuilder out = new StringBuilder();
    Postings.write(packed, packed.length, out);
    return out.toString();
  }

  @Test
  void consecutivePostsCostOneCharacterEach() {
    // posts 0, 1, 2 with codes 0, 5, 7: gaps 0, values 0, 5, 7
    assertThat(write(0 << 3, (1 << 3) | 5, (2 << 3) | 7)).isEqualTo("AFH");
  }

  @Test
  void largeGapsTakeContinuationCharacters() {
    // post 1000, code 3: value 8003 = 0b1_1111_0100_0011 -> 5-bit groups 3, 26, 7 low first
    String s = write((1000 << 3) | 3);
    assertThat(s).isEqualTo("j6H");
    assertThat(Postings.read(s)).containsExactly((1000 << 3) | 3);
  }

  @Test
  void roundTripsRandomPostings() {
    Random random = new Random(15);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(300);
      int[] packed = new int[n];
      int post = -1;
      for (int i = 0; i < n; i++) {
        post += 1 + (random.nextBoolean() ? random.nextInt(3) : random.nextInt(100_000));
        packed[i] = (post << 3) | random.nextInt(8);
      }
      String text = write(packed);
      assertThat(text).matches("[A-Za-z0-9_-]*");
      assertThat(Postings.read(text)).as(Arrays.toString(packed)).containsExactly(packed);
    }
  }

  @Test
  void readRejectsForeignCharacters() {
    assertThatThrownBy(() -> Postings.read("A\"")).isInstanceOf(IllegalArgumentException.class);
  }
}
