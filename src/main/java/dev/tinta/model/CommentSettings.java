package dev.tinta.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Limits on reader comments, all untrusted input, and where readers send new ones.
 *
 * @param maxBodyLength characters of Markdown in one comment body
 * @param maxAuthorLength characters in an author name
 * @param maxDepth how deep replies nest before they are shown at the deepest level
 * @param endpoint the public URL of the intake server ({@code tinta comments serve}), absolute and
 *     ending in {@code /}; empty when readers cannot write (post pages then carry no form)
 * @param intake the intake server's spam limits
 * @param timeZone the zone of a comment date written without an offset (the site's)
 * @param notifications how the owner hears of new comments
 */
public record CommentSettings(
    int maxBodyLength,
    int maxAuthorLength,
    int maxDepth,
    String endpoint,
    IntakeSettings intake,
    ZoneId timeZone,
    NotifySettings notifications) {
  /** The zone of {@link #defaults()}, as {@link SiteConfig#defaults()} has it. */
  private static final ZoneId UTC = ZoneId.of("UTC");

  public CommentSettings {
    if (maxBodyLength < 1 || maxAuthorLength < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("comment limits must be positive");
    }
    Objects.requireNonNull(endpoint);
    Objects.requireNonNull(intake);
    Objects.requireNonNull(timeZone);
    Objects.requireNonNull(notifications);
    if (!endpoint.isEmpty() && !endpoint.endsWith("/")) {
      throw new IllegalArgumentException("the endpoint must end in /: " + endpoint);
    }
  }

  /** Settings with comment dates without an offset in UTC, without notifications. */
  public CommentSettings(
      int maxBodyLength,
      int maxAuthorLength,
      int maxDepth,
      String endpoint,
      IntakeSettings intake) {
    this(maxBodyLength, maxAuthorLength, maxDepth, endpoint, intake, NotifySettings.defaults());
  }

  /** Settings with comment dates without an offset in UTC. */
  public CommentSettings(
      int maxBodyLength,
      int maxAuthorLength,
      int maxDepth,
      String endpoint,
      IntakeSettings intake,
      NotifySettings notifications) {
    this(maxBodyLength, maxAuthorLength, maxDepth, endpoint, intake, UTC, notifications);
  }

  /** Limits without an intake server. */
  public CommentSettings(int maxBodyLength, int maxAuthorLength, int maxDepth) {
    this(maxBodyLength, maxAuthorLength, maxDepth, "", IntakeSettings.defaults());
  }

  public static CommentSettings defaults() {
    return new CommentSettings(10_000, 100, 5);
  }

  /** The same settings with comment dates without an offset in {@code zone}. */
  public CommentSettings withTimeZone(ZoneId zone) {
    return new CommentSettings(
        maxBodyLength, maxAuthorLength, maxDepth, endpoint, intake, zone, notifications);
  }
}
