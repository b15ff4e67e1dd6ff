package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {
  static final Messages MESSAGES =
      Messages.of(
          Map.of(
              "en.properties",
                  bytes(
                      """
          home=Home
          comments={0,choice,0#No comments yet|1#1 comment|1<{0} comments}
          only_en=English only
          quote=It''s {0}
          """),
              "id.properties",
                  bytes(
                      """
          home=Beranda
          comments={0,choice,0#Belum ada komentar|0<{0} komentar}
          """),
              "id-ID.properties", bytes("home=Beranda (ID)\n"),
              "nested/fr.properties", bytes("home=Accueil\n")));

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void pluralFormsPerLanguage() {
    Locale en = Locale.ENGLISH;
    Locale id = Locale.forLanguageTag("id");
    assertThat(MESSAGES.format(en, "comments", 0)).isEqualTo("No comments yet");
    assertThat(MESSAGES.format(en, "comments", 1)).isEqualTo("1 comment");
    assertThat(MESSAGES.format(en, "comments", 1200)).isEqualTo("1,200 comments");
    assertThat(MESSAGES.format(id, "comments", 0)).isEqualTo("Belum ada komentar");
    assertThat(MESSAGES.format(id, "comments", 1200)).isEqualTo("1.200 komentar");
  }

  @Test
  void fallsBackFromRegionToLanguageToEnglishToTheKey() {
    assertThat(MESSAGES.format(Locale.forLanguageTag("id-ID"), "home")).isEqualTo("Beranda (ID)");
    assertThat(MESSAGES.format(Locale.forLanguageTag("id-ID"), "comments", 2))
        .isEqualTo("2 komentar");
    assertThat(MESSAGES.format(Locale.forLanguageTag("id"), "only_en")).isEqualTo("English only");
    assertThat(MESSAGES.format(Locale.FRENCH, "home")).isEqualTo("Home");
    assertThat(MESSAGES.format(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    assertThat(MESSAGES.has(Locale.ENGLISH, "home")).isTrue();
    assertThat(MESSAGES.has(Locale.ENGLISH, "no.such.key")).isFalse();
  }

  @Test
  void quotesFollowMessageFormat() {
    assertThat(MESSAGES.format(Locale.ENGLISH, "quote", "tinta")).isEqualTo("It's tinta");
  }

  @Test
  void formatOnceGivesWhatFormatGives() {
    Locale id = Locale.forLanguageTag("id");
    assertThat(MESSAGES.formatOnce(Locale.ENGLISH, "quote", "tinta")).isEqualTo("It's tinta");
    assertThat(MESSAGES.formatOnce(id, "comments", 1200)).isEqualTo("1.200 komentar");
    assertThat(MESSAGES.formatOnce(id, "only_en")).isEqualTo("English only");
    assertThat(MESSAGES.formatOnce(id, "home")).isEqualTo(MESSAGES.format(id, "home"));
  }
}
