package dev.tinta.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How the comment server tells the owner about new comments ({@code comments.notify} in {@code
 * site.yaml}).
 *
 * @param every at most one mail per this interval, listing every comment that came in meanwhile
 * @param smtp where the mail goes; {@link SmtpSettings#none()} for no mail
 */
public record NotifySettings(Duration every, SmtpSettings smtp) {
  public NotifySettings {
    Objects.requireNonNull(every);
    Objects.requireNonNull(smtp);
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("every must be positive: " + every);
    }
  }

  /** Every 10 minutes, no SMTP server. */
  public static NotifySettings defaults() {
    return new NotifySettings(Duration.ofMinutes(10), SmtpSettings.none());
  }
}
