package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StemmersTest {
  @Test
  void indonesianWordsLoseTheirAffixes() {
    try (Stemmers s = new Stemmers()) {
      assertThat(s.stem("id", "menjalin")).isEqualTo("jalin");
      assertThat(s.stem("id", "dijalin")).isEqualTo("jalin");
      assertThat(s.stem("id", "jalin")).isEqualTo("jalin");
      assertThat(s.stem("id", "jaringan")).isEqualTo("jaring");
      assertThat(s.stem("id", "keuntungan")).isEqualTo("untung");
      assertThat(s.stem("id-ID", "berhasil")).isEqualTo("hasil");
    }
  }

  @Test
  void englishWordsArePorterStemmed() {
    try (Stemmers s = new Stemmers()) {
      assertThat(s.stem("en", "networking")).isEqualTo("network");
      assertThat(s.stem("en-GB", "connections")).isEqualTo("connect");
      assertThat(s.stem("en", "connected")).isEqualTo("connect");
      assertThat(s.stem("EN", "habits")).isEqualTo("habit");
    }
  }

  @Test
  void otherLightStemmers() {
    try (Stemmers s = new Stemmers()) {
      assertThat(s.stem("de", "häuser")).isEqualTo("haus");
      assertThat(s.stem("fr", "chevaux")).isEqualTo("cheval");
      assertThat(s.stem("es", "casas")).isEqualTo("cas");
    }
  }

  @Test
  void languagesWithoutAStemmerKeepTheWord() {
    try (Stemmers s = new Stemmers()) {
      assertThat(s.stem("zh", "networking")).isEqualTo("networking");
      assertThat(s.stem("ja", "タワー")).isEqualTo("タワー");
      assertThat(s.stem("nl", "huizen")).isEqualTo("huizen");
    }
  }

  @Test
  void indonesianIsNotStemmedAsEnglish() {
    try (Stemmers s = new Stemmers()) {
      assertThat(s.stem("id", "networking")).isEqualTo("networking");
      assertThat(s.stem("en", "networking")).isEqualTo("network");
    }
  }
}
