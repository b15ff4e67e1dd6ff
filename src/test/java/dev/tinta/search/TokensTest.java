package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  /** The keys of a text, words and CJK keys in order, as the index and search.js see them. */
  static List<String> keys(String text) {
    List<String> out = new ArrayList<>();
    Tokens.split(
        text,
        new Tokens.Sink() {
          @Override
          public void word(char[] t, int start, int end) {
            String k = Tokens.key(new String(t, start, end - start));
            if (!k.isEmpty()) {
              out.add(k);
            }
          }

          @Override
          public void cjk(String key) {
            out.add(key);
          }
        });
    return out;
  }

  @Test
  void wordsAreRunsOfLettersMarksAndDigitsFoldedToLowerCase() {
    assertThat(keys("Bagaimanakah NETWORKING yang BERHASIL? apakah Anda...kita?Bagaimana"))
        .containsExactly(
            "bagaimanakah",
            "networking",
            "yang",
            "berhasil",
            "apakah",
            "anda",
            "kita",
            "bagaimana");
  }

  @Test
  void apostrophesHyphensAndPunctuationSeparateWords() {
    assertThat(keys("Marissa's follow-up: e-mail 3.14 don't (x) a_b"))
        .containsExactly("marissa", "follow", "up", "mail", "14", "don");
  }

  @Test
  void oneLetterAndOverlongWordsAreNoKeys() {
    assertThat(keys("a I x " + "y".repeat(33) + " " + "z".repeat(32)))
        .containsExactly("z".repeat(32));
  }

  @Test
  void accentsAndCompatibilityFormsFold() {
    assertThat(keys("Café CAFÉ cafe\u0301 Ñandú Straße İstanbul ＡＢＣ１２ ﬁnance ΟΔΥΣΣΕΥΣ Ёлка"))
        .containsExactly(
            "cafe",
            "cafe",
            "cafe",
            "nandu",
            "straße",
            "istanbul",
            "abc12",
            "finance",
            "οδυσσευσ",
            "елка");
  }

  @Test
  void cjkRunsBecomeBigramsAndSingleCharactersStayKeys() {
    assertThat(keys("网络连接很重要。人")).containsExactly("网络", "络连", "连接", "接很", "很重", "重要", "人");
    assertThat(keys("東京タワー")).containsExactly("東京", "京タ", "タワ", "ワー");
    assertThat(keys("한국어 공부")).containsExactly("한국", "국어", "공부");
  }

  @Test
  void cjkNextToLatinSplitsIntoBoth() {
    assertThat(keys("Java编程语言abc")).containsExactly("java", "编程", "程语", "语言", "abc");
  }

  @Test
  void halfWidthKanaBecomeFullWidth() {
    assertThat(keys("ｶﾀｶﾅ")).containsExactly("カタ", "タカ", "カナ");
    assertThat(keys("ｶﾞｷﾞ ﾀﾜｰ")).containsExactly("ガギ", "タワ", "ワー");
  }

  @Test
  void symbolsAndEmojiAreNoWords() {
    assertThat(keys("→ ★ 😀 ¶ # § ©2010")).containsExactly("2010");
  }
}
