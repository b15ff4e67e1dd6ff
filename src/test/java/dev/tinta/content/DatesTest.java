package dev.tinta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2010-08-31,                2010-08-31T00:00+07:00[Asia/Jakarta]",
    "' 2010-08-31 ',            2010-08-31T00:00+07:00[Asia/Jakarta]",
    "2010-08-31T09:12:00+07:00, 2010-08-31T09:12+07:00[Asia/Jakarta]",
    "2010-08-31T09:12:00Z,      2010-08-31T16:12+07:00[Asia/Jakarta]",
    "2010-08-31 09:12:00+0100,  2010-08-31T15:12+07:00[Asia/Jakarta]",
    "2010-08-31T09:12,          2010-08-31T09:12+07:00[Asia/Jakarta]",
    "2010-08-31T09:12:30.5,     2010-08-31T09:12:30.500+07:00[Asia/Jakarta]",
    // issue #11: what Jekyll and Hugo accept
    "2021-08-30 15:30 -0400,    2021-08-31T02:30+07:00[Asia/Jakarta]",
    "2015-03-01 10:00:00 +0100, 2015-03-01T16:00+07:00[Asia/Jakarta]",
    "2015-03-01 10:00:00 UTC,   2015-03-01T17:00+07:00[Asia/Jakarta]",
    "2010-09-02 10:24:00+07:00, 2010-09-02T10:24+07:00[Asia/Jakarta]",
    "2019-04-09T8:09:26-07:00,  2019-04-09T22:09:26+07:00[Asia/Jakarta]",
    "2010-08-31T10:00:00,       2010-08-31T10:00+07:00[Asia/Jakarta]",
    "2010-08-31 10:00 -04,      2010-08-31T21:00+07:00[Asia/Jakarta]",
    "2010-08-31 10:00 Europe/Berlin, 2010-08-31T15:00+07:00[Asia/Jakarta]",
  })
  void parsesInTheSiteZone(String text, String expected) {
    assertThat(Dates.parse(text, JAKARTA)).hasValue(ZonedDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "2010-31-08",
        "31-08-2010",
        "2010-02-30",
        "yesterday",
        "",
        "2010-08-31T25:00",
        "2010-08-31T09:12+25:00",
        "2010-08-3110:00",
        "2010-08-31  10:00",
        "2010-08-31T10:00:00+07:00 UTC",
        "2010-08-31T10",
        "2010-08-31T10:00:00 +07:00 trailing",
        "2010-8-31",
        "2010-08-31 10:00 Mars/Olympus"
      })
  void refusesWhatIsNotADate(String text) {
    assertThat(Dates.parse(text, JAKARTA)).isEmpty();
  }
}
