package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The default theme's UI strings: every language has every key, and its counts read right. */
class ThemeBundlesTest {
  private static final Path I18N = Path.of("templates/i18n");
  private static final Messages MESSAGES = Messages.of(ThemeFiles.list(Path.of("nowhere"), "i18n"));

  private static Properties load(String lang) throws IOException {
    Properties p = new Properties();
    p.load(
        new StringReader(
            Files.readString(I18N.resolve(lang + ".properties"), StandardCharsets.UTF_8)));
    return p;
  }

  @Test
  void everyLanguageHasEveryKeyOfEnglish() throws IOException {
    Properties en = load("en");
    for (String lang : new String[] {"id", "zh", "ja", "de", "fr", "es", "pt", "ru"}) {
      assertThat(load(lang).stringPropertyNames()).as(lang).isEqualTo(en.stringPropertyNames());
      assertThat(MESSAGES.hasLanguage(Locale.forLanguageTag(lang))).isTrue();
    }
    assertThat(MESSAGES.hasLanguage(Locale.forLanguageTag("ko"))).isFalse();
  }

  private static Map<Integer, String> counts(String tag, String key) {
    Map<Integer, String> out = new TreeMap<>();
    for (int n : new int[] {0, 1, 2, 5, 21, 22, 1000000}) {
      // grouping separators are no-break spaces (U+00A0, U+202F): shown here as spaces
      out.put(
          n, MESSAGES.format(Locale.forLanguageTag(tag), key, n).replaceAll("[\u00a0\u202f]", " "));
    }
    return out;
  }

  @Test
  void countsTakeTheRightFormInEachLanguage() {
    assertThat(counts("ru", "comment_count"))
        .containsExactly(
            Map.entry(0, "Нет комментариев"),
            Map.entry(1, "1 комментарий"),
            Map.entry(2, "2 комментария"),
            Map.entry(5, "5 комментариев"),
            Map.entry(21, "21 комментарий"),
            Map.entry(22, "22 комментария"),
            Map.entry(1000000, "1 000 000 комментариев"));
    assertThat(counts("en", "comment_count"))
        .containsExactly(
            Map.entry(0, "No comments"),
            Map.entry(1, "1 comment"),
            Map.entry(2, "2 comments"),
            Map.entry(5, "5 comments"),
            Map.entry(21, "21 comments"),
            Map.entry(22, "22 comments"),
            Map.entry(1000000, "1,000,000 comments"));
    assertThat(counts("fr", "posts_count").get(1000000)).isEqualTo("1 000 000 d’articles");
    assertThat(counts("fr", "reading_time").get(1)).isEqualTo("1 minute de lecture");
    assertThat(counts("de", "comments_heading").get(1)).isEqualTo("1 Kommentar");
    assertThat(counts("zh", "comment_count").get(5)).isEqualTo("5 条评论");
    assertThat(counts("ja", "reading_time").get(3 - 1)).isEqualTo("2 分で読めます");
    assertThat(counts("pt", "posts_count").get(0)).isEqualTo("nenhuma postagem");
    assertThat(counts("es", "comment_count").get(1)).isEqualTo("1 comentario");
    assertThat(counts("id", "comment_count").get(5)).isEqualTo("5 komentar");
  }
}
