package dev.tinta.text;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The common shape of an ISO 8601 date-time with an offset, {@code 2010-08-31T10:15:00+07:00} or
 * {@code ...Z}, read by hand: {@code OffsetDateTime.parse} costs microseconds a date before the
 * JIT's second tier, and a blog has one for every post and comment. Any other text, valid or not,
 * is left to the caller's {@code java.time} parser, which also reports the mistakes.
 */
public final class IsoDateTime {
  private IsoDateTime() {}

  /** The date-time {@code text} holds in exactly that shape, or empty for the full parser. */
  public static Optional<OffsetDateTime> quick(String text) {
    int n = text.length();
    if ((n != 20 && n != 25)
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return Optional.empty();
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return Optional.empty();
    }
    ZoneOffset offset;
    if (n == 20) {
      if (text.charAt(19) != 'Z') {
        return Optional.empty();
      }
      offset = ZoneOffset.UTC;
    } else {
      char sign = text.charAt(19);
      int hours = digits(text, 20, 2);
      int minutes = digits(text, 23, 2);
      if ((sign != '+' && sign != '-') || text.charAt(22) != ':' || (hours | minutes) < 0) {
        return Optional.empty();
      }
      try {
        offset =
            sign == '+'
                ? ZoneOffset.ofHoursMinutes(hours, minutes)
                : ZoneOffset.ofHoursMinutes(-hours, -minutes);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(OffsetDateTime.of(year, month, day, hour, minute, second, 0, offset));
    } catch (DateTimeException e) {
      return Optional.empty(); // 2010-02-30: the full parser says so
    }
  }

  /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
