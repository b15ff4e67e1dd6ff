package dev.tinta.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateFunctionsTest {
  static final ZonedDateTime SEED = ZonedDateTime.parse("2010-08-31T09:12:00+07:00[Asia/Jakarta]");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "id|full|Selasa, 31 Agustus 2010",
        "id|long|31 Agustus 2010",
        "id|month|Agustus 2010",
        "id|LLLL|Agustus",
        "id|time|09.12",
        "en|full|Tuesday, August 31, 2010",
        "en|month|August 2010",
        "ru|month|август 2010",
        "en|iso|2010-08-31T09:12:00+07:00",
        "en|yyyy/MM/dd|2010/08/31",
      })
  void formatsDatesInThePageLanguage(String lang, String style, String expected) {
    assertThat(TemplateFunctions.formatter(style, Locale.forLanguageTag(lang)).format(SEED))
        .isEqualTo(expected);
  }
}
