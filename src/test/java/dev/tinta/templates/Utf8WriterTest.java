package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Utf8WriterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain ASCII",
        "Selasa, 31 Agustus 2010 — Café",
        "Привет мир, 日本語",
        "emoji 😀 and 𝄞 outside the BMP, in a string long enough for the bulk path",
        "lone \uD800 high and \uDC00 low surrogates",
        "ends with a high surrogate, long enough for the bulk path \uD83D"
      })
  void encodesAsStringGetBytesDoes(String text) {
    Utf8Writer out = new Utf8Writer(4);
    out.write(text);

    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Random text cut at random places, written through every write method. */
  @RepeatedTest(200)
  void anySplitOfAnyTextEncodesLikeTheWhole(RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition());
    String text = randomText(random, random.nextInt(300));
    Utf8Writer out = new Utf8Writer(1 + random.nextInt(64));
    int at = 0;
    while (at < text.length()) {
      int n = Math.min(text.length() - at, 1 + random.nextInt(50));
      switch (random.nextInt(4)) {
        case 0 -> out.write(text.substring(at, at + n));
        case 1 -> out.write(text, at, n);
        case 2 -> out.write(text.toCharArray(), at, n);
        default -> {
          n = 1;
          out.write(text.charAt(at));
        }
      }
      at += n;
    }

    assertThat(out.toByteArray()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String randomText(Random random, int length) {
    String[] pieces = {"a", "Z", " ", "<", "é", "—", "ж", "語", "😀", "\uD800", "\uDC00"};
    StringBuilder b = new StringBuilder();
    while (b.length() < length) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
