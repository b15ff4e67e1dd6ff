package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Each rule against CLDR's integer examples (plurals.xml, CLDR 44) for its categories. */
class PluralRulesTest {
  private static String of(String tag, long n) {
    return PluralRules.category(Locale.forLanguageTag(tag), n);
  }

  /** The category of each count 0..120 and a million, grouped: category -> counts. */
  private static Map<String, String> table(String tag) {
    Map<String, StringBuilder> out = new TreeMap<>();
    LongStream.concat(LongStream.rangeClosed(0, 25), LongStream.of(100, 101, 102, 111, 1_000_000))
        .forEach(
            n -> out.computeIfAbsent(of(tag, n), k -> new StringBuilder()).append(n).append(' '));
    Map<String, String> m = new TreeMap<>();
    out.forEach((k, v) -> m.put(k, v.toString().strip()));
    return m;
  }

  @Test
  void russianHasOneFewAndMany() {
    assertThat(table("ru"))
        .containsExactly(
            Map.entry("few", "2 3 4 22 23 24 102"),
            Map.entry("many", "0 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 25 100 111 1000000"),
            Map.entry("one", "1 21 101"));
  }

  @Test
  void frenchCountsZeroAsOneAndMillionsAsMany() {
    assertThat(of("fr", 0)).isEqualTo("one");
    assertThat(of("fr", 1)).isEqualTo("one");
    assertThat(of("fr", 2)).isEqualTo("other");
    assertThat(of("fr", 1_000_000)).isEqualTo("many");
    assertThat(of("es", 0)).isEqualTo("other");
    assertThat(of("es", 1)).isEqualTo("one");
    assertThat(of("es", 2_000_000)).isEqualTo("many");
  }

  @Test
  void portugueseDiffersBetweenBrazilAndPortugal() {
    assertThat(of("pt", 0)).isEqualTo("one");
    assertThat(of("pt-BR", 0)).isEqualTo("one");
    assertThat(of("pt-PT", 0)).isEqualTo("other");
    assertThat(of("pt-PT", 1)).isEqualTo("one");
  }

  @Test
  void languagesWithoutPluralsAndTheEnglishDefault() {
    for (String tag : new String[] {"id", "zh", "ja", "ko", "vi"}) {
      assertThat(table(tag).keySet()).as(tag).containsExactly("other");
    }
    for (String tag : new String[] {"en", "de", "nl", "xx"}) {
      assertThat(table(tag).get("one")).as(tag).isEqualTo("1");
    }
    assertThat(table("pl").get("many")).startsWith("0 5 6");
    assertThat(table("ar").keySet()).containsExactly("few", "many", "one", "other", "two", "zero");
  }
}
