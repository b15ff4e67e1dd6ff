package dev.tinta.text;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and date-times as authors write them in front matter and comment files, in the forms Jekyll
 * and Hugo accept (issue #11): a date alone, or a date and a time ({@code T} or a space between
 * them, seconds and fractions optional, a one-digit hour allowed), then optionally an offset
 * ({@code Z}, {@code +07:00}, {@code +0700}, {@code -04}) or a zone name ({@code UTC}, {@code
 * Asia/Jakarta}), with or without a space before it.
 */
public final class DateTimes {
  /** The accepted forms, for the hint of an error. */
  public static final String FORMS =
      "2010-08-31, 2010-08-31 10:00, 2010-08-31T10:00:00+07:00, 2010-08-31 10:00:00 +0700"
          + " or 2010-08-31 10:00:00 UTC";

  private static final DateTimeFormatter FORMAT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T') // a space is read as T: see parse
          .appendValue(HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          // the longest offset form first: an optional section that matches a prefix is kept
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalStart()
          .appendZoneRegionId()
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withChronology(IsoChronology.INSTANCE)
          .withResolverStyle(ResolverStyle.STRICT);

  private DateTimes() {}

  /**
   * The date-time {@code text} holds, or empty when it is none. A written offset or zone is kept; a
   * time without one is in {@code zone}; a date alone is midnight in {@code zone}.
   */
  public static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    String t = text.strip();
    if (t.length() > 10 && t.charAt(10) == ' ') {
      t = t.substring(0, 10) + 'T' + t.substring(11);
    }
    try {
      TemporalAccessor parsed =
          FORMAT.parseBest(t, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
      if (parsed instanceof ZonedDateTime z) {
        return Optional.of(z);
      }
      if (parsed instanceof LocalDateTime local) {
        return Optional.of(local.atZone(zone));
      }
      return Optional.of(((LocalDate) parsed).atStartOfDay(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
