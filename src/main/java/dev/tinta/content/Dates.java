package dev.tinta.content;

import dev.tinta.text.DateTimes;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/** Front-matter dates, in the forms of {@link DateTimes}, moved to the site's time zone. */
final class Dates {
  static final String HINT = "use " + DateTimes.FORMS;

  private Dates() {}

  /** Parses a date; a date without time is midnight, one without offset is in {@code zone}. */
  static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    return DateTimes.parse(text, zone).map(d -> d.withZoneSameInstant(zone));
  }
}
