package dev.tinta.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.testing.Soup;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whatever {@link IsoDateTime#quick} reads, {@code java.time}'s ISO parser reads the same. */
class IsoDateTimeTest {
  private static Optional<OffsetDateTime> full(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static void assertAgrees(List<String> texts) {
    int quick = 0;
    for (String t : texts) {
      Optional<OffsetDateTime> q = IsoDateTime.quick(t);
      if (q.isPresent()) {
        quick++;
        assertThat(full(t)).as(t).contains(q.get());
        assertThat(q.get().toZonedDateTime()).isEqualTo(full(t).get().toZonedDateTime());
      }
    }
    assertThat(quick).as("texts read quickly").isPositive();
  }

  @Test
  void validAndInvalidDateTimes() {
    assertAgrees(
        List.of(
            "2010-08-31T10:15:00+07:00",
            "2010-08-31T10:15:00Z",
            "2010-08-31T10:15:00-00:00",
            "2010-08-31T10:15:00+00:00",
            "2010-08-31T10:15:00-05:30",
            "2012-02-29T00:00:00Z",
            "2011-02-29T00:00:00Z",
            "2010-13-01T00:00:00Z",
            "2010-08-31T24:00:00Z",
            "2010-08-31T23:59:60Z",
            "2010-08-31T10:15:00+18:00",
            "2010-08-31T10:15:00+19:00",
            "2010-08-31T10:15:00+05:60",
            "2010-08-31T10:15:00+0700",
            "2010-08-31 10:15:00+07:00",
            "2010-08-31T10:15+07:00",
            "2010-08-31T10:15:00.5+07:00",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "2010-8-31T10:15:00+07:00",
            "2010-08-31T10:15:00z"));
  }

  @Test
  void randomNearDates() {
    List<String> texts = new ArrayList<>();
    texts.addAll(
        Soup.of(
            31082010,
            20_000,
            2,
            "2010-08-31T10:15:00+07:00",
            "2019-12-31T23:59:59Z",
            "2000-02-29T12:00:00-03:30"));
    // one character of a valid date-time changed at a time
    String base = "2010-08-31T10:15:00+07:00";
    for (int i = 0; i < base.length(); i++) {
      for (char c : "0123456789+-:TZ x".toCharArray()) {
        texts.add(base.substring(0, i) + c + base.substring(i + 1));
      }
    }
    assertAgrees(texts);
  }
}
