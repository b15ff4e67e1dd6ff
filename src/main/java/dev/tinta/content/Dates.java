package dev.tinta.content;

import dev.tinta.text.IsoDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Front-matter dates: {@code 2010-08-31}, {@code 2010-08-31T10:00:00+07:00} or without offset. */
final class Dates {
  static final String HINT = "use 2010-08-31 or 2010-08-31T10:00:00+07:00";

  private Dates() {}

  /** Parses a date; a date without time is midnight, one without offset is in {@code zone}. */
  static Optional<ZonedDateTime> parse(String text, ZoneId zone) {
    String t = text.trim();
    try {
      if (t.length() == 10) {
        return Optional.of(LocalDate.parse(t).atStartOfDay(zone));
      }
      Optional<OffsetDateTime> quick = IsoDateTime.quick(t);
      if (quick.isPresent()) {
        return Optional.of(quick.get().atZoneSameInstant(zone));
      }
      // ISO 8601 also allows the offset without a colon (+0700); java.time's ISO parser does not.
      String iso = t.replace(' ', 'T').replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2");
      if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
        return Optional.of(OffsetDateTime.parse(iso).atZoneSameInstant(zone));
      }
      return Optional.of(LocalDateTime.parse(iso).atZone(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
