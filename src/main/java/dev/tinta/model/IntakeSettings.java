package dev.tinta.model;

/**
 * Spam limits of the comment intake server ({@code comments.intake} in {@code site.yaml}); every
 * layer fails closed.
 *
 * @param minSeconds a form token is accepted only this many seconds after it was issued
 * @param maxAgeHours and at most this many hours after
 * @param perMinute comments stored per client network (/24 for IPv4, /64 for IPv6) per minute
 * @param perDay comments stored per client network per day
 * @param perHourTotal comments stored from everyone per hour
 * @param maxLinks links a body may hold before it is stored as spam
 */
public record IntakeSettings(
    int minSeconds, int maxAgeHours, int perMinute, int perDay, int perHourTotal, int maxLinks) {
  public IntakeSettings {
    if (minSeconds < 0 || maxLinks < 0) {
      throw new IllegalArgumentException("min_seconds and max_links must not be negative");
    }
    if (maxAgeHours < 1 || perMinute < 1 || perDay < 1 || perHourTotal < 1) {
      throw new IllegalArgumentException("intake limits must be positive");
    }
    if ((long) minSeconds >= maxAgeHours * 3600L) {
      throw new IllegalArgumentException("min_seconds must be below max_age_hours");
    }
  }

  public static IntakeSettings defaults() {
    return new IntakeSettings(3, 24, 2, 10, 200, 2);
  }
}
