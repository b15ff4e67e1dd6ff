package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "2010-08-31T09:12:00+07:00",
        "2010-08-31T02:12:00Z",
        "2010-08-31T02:12:00.250-03:30",
        "2012-02-29T00:00:00Z"
      })
  void acceptsRfc3339(String date) {
    assertThat(FeedDates.rfc3339(date)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2010-08-31",
        "2010-08-31T09:12:00",
        "2010-08-31t09:12:00Z",
        "2010-08-31 09:12:00+07:00",
        "2010-08-31T09:12+07:00",
        "2011-02-29T00:00:00Z",
        "2010-08-31T24:00:00Z",
        "Tue, 31 Aug 2010 09:12:00 +0700"
      })
  void rejectsWhatIsNotRfc3339(String date) {
    assertThat(FeedDates.rfc3339(date)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Tue, 31 Aug 2010 09:12:00 +0700",
        "31 Aug 2010 09:12 GMT",
        "Thu, 03 Feb 2011 19:45:00 +0700",
        "Sat, 1 Jan 2000 00:00:00 Z"
      })
  void acceptsRfc822(String date) {
    assertThat(FeedDates.rfc822(date)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Wed, 31 Aug 2010 09:12:00 +0700 | "Wed, 31 Aug 2010 09:12:00 +0700": 2010-08-31 is a Tue, not a Wed
      Tue, 31 Aug 10 09:12:00 +0700   | "Tue, 31 Aug 10 09:12:00 +0700" is not an RFC 822 date-time with a four-digit year, e.g. Tue, 31 Aug 2010 09:12:00 +0700
      Tue, 31 Sep 2010 09:12:00 +0700 | "Tue, 31 Sep 2010 09:12:00 +0700" is not a real date
      Tue, 31 Aug 2010 25:12:00 +0700 | "Tue, 31 Aug 2010 25:12:00 +0700" is not a real time of day
      2010-08-31T09:12:00+07:00       | "2010-08-31T09:12:00+07:00" is not an RFC 822 date-time with a four-digit year, e.g. Tue, 31 Aug 2010 09:12:00 +0700
      """)
  void rejectsWhatIsNotRfc822(String date, String why) {
    assertThat(FeedDates.rfc822(date)).contains(why);
  }
}
