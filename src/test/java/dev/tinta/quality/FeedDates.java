package dev.tinta.quality;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Date formats feeds demand: RFC 3339 (Atom, JSON Feed) and RFC 822 (RSS 2.0). */
final class FeedDates {
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  // RFC 822 §5.1 as updated by RFC 1123 §5.2.14 (four-digit years); military zones left out.
  private static final Pattern RFC822 =
      Pattern.compile(
          "(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?"
              + "(\\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\\d{4}) "
              + "(\\d{2}):(\\d{2})(?::(\\d{2}))? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Z|[+-]\\d{4})");
  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  private FeedDates() {}

  /** Why {@code value} is not an RFC 3339 date-time, or empty when it is one. */
  static Optional<String> rfc3339(String value) {
    if (!RFC3339.matcher(value).matches()) {
      return Optional.of(
          "\""
              + value
              + "\" is not an RFC 3339 date-time with an upper-case T "
              + "and a time zone, e.g. 2010-08-31T09:12:00+07:00");
    }
    try {
      OffsetDateTime.parse(value);
      return Optional.empty();
    } catch (DateTimeException e) {
      return Optional.of("\"" + value + "\" is not a real date and time");
    }
  }

  /** Why {@code value} is not an RFC 822 date-time, or empty when it is one. */
  static Optional<String> rfc822(String value) {
    Matcher m = RFC822.matcher(value);
    if (!m.matches()) {
      return Optional.of(
          "\""
              + value
              + "\" is not an RFC 822 date-time with a four-digit year, "
              + "e.g. Tue, 31 Aug 2010 09:12:00 +0700");
    }
    LocalDate day;
    try {
      day =
          LocalDate.of(
              Integer.parseInt(m.group(4)),
              MONTHS.indexOf(m.group(3)) + 1,
              Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return Optional.of("\"" + value + "\" is not a real date");
    }
    int seconds = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
    if (Integer.parseInt(m.group(5)) > 23 || Integer.parseInt(m.group(6)) > 59 || seconds > 60) {
      return Optional.of("\"" + value + "\" is not a real time of day");
    }
    if (m.group(1) != null) {
      DayOfWeek actual = day.getDayOfWeek();
      String name = actual.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      if (!name.equals(m.group(1))) {
        return Optional.of("\"" + value + "\": " + day + " is a " + name + ", not a " + m.group(1));
      }
    }
    return Optional.empty();
  }
}
