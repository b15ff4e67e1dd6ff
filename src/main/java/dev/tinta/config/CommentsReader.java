package dev.tinta.config;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.IntakeSettings;
import dev.tinta.model.NotifySettings;
import dev.tinta.problem.Problems;
import dev.tinta.yaml.YamlMap;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;

/**
 * {@code comments:} of {@code site.yaml}: the limits on reader comments, where readers send new
 * ones ({@code endpoint}), the intake server's spam limits ({@code intake}) and mail to the owner
 * ({@code notify}, read by {@link NotifyReader}).
 */
final class CommentsReader {
  private static final Set<String> KEYS =
      Set.of("max_body_length", "max_author_length", "max_depth", "endpoint", "intake", "notify");

  private static final Set<String> INTAKE_KEYS =
      Set.of(
          "min_seconds", "max_age_hours", "per_minute", "per_day", "per_hour_total", "max_links");

  private CommentsReader() {}

  /** The settings under {@code comments}, dates without an offset in UTC. */
  static CommentSettings read(YamlMap c, Problems problems) {
    CommentSettings d = CommentSettings.defaults();
    KnownKeys.check(c, "comments.", KEYS, problems);
    String endpoint = c.text("endpoint").flatMap(s -> endpoint(c, s)).orElse(d.endpoint());
    IntakeSettings intake = c.map("intake").map(i -> intake(i, problems)).orElse(d.intake());
    NotifySettings notify =
        c.map("notify")
            .map(n -> NotifyReader.read(n, endpoint, problems))
            .orElse(d.notifications());
    return new CommentSettings(
        c.integer("max_body_length", 1, 1_000_000).orElse(d.maxBodyLength()),
        c.integer("max_author_length", 1, 1000).orElse(d.maxAuthorLength()),
        c.integer("max_depth", 1, 50).orElse(d.maxDepth()),
        endpoint,
        intake,
        notify);
  }

  private static IntakeSettings intake(YamlMap i, Problems problems) {
    IntakeSettings d = IntakeSettings.defaults();
    KnownKeys.check(i, "comments.intake.", INTAKE_KEYS, problems);
    int maxAgeHours = i.integer("max_age_hours", 1, 24 * 365).orElse(d.maxAgeHours());
    int minSeconds = i.integer("min_seconds", 0, 3600).orElse(d.minSeconds());
    if (minSeconds >= maxAgeHours * 3600) {
      i.report("min_seconds", "'min_seconds' must be below max_age_hours", "min_seconds: 3");
      minSeconds = d.minSeconds();
    }
    return new IntakeSettings(
        minSeconds,
        maxAgeHours,
        i.integer("per_minute", 1, 1_000_000).orElse(d.perMinute()),
        i.integer("per_day", 1, 1_000_000).orElse(d.perDay()),
        i.integer("per_hour_total", 1, 1_000_000).orElse(d.perHourTotal()),
        i.integer("max_links", 0, 1000).orElse(d.maxLinks()));
  }

  /** The intake server's public URL: absolute http(s), no query or fragment, ending in /. */
  private static Optional<String> endpoint(YamlMap y, String text) {
    String hint = "endpoint: https://comments.example.org/";
    if (text.isBlank()) {
      return Optional.of("");
    }
    try {
      URI uri = new URI(text.strip().endsWith("/") ? text.strip() : text.strip() + "/");
      String scheme = uri.getScheme();
      if (uri.isAbsolute()
          && uri.getHost() != null
          && uri.getRawQuery() == null
          && uri.getRawFragment() == null
          && uri.getRawUserInfo() == null
          && ("http".equals(scheme) || "https".equals(scheme))) {
        return Optional.of(uri.toASCIIString());
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    y.report("endpoint", "'comments.endpoint' must be an absolute http or https URL", hint);
    return Optional.empty();
  }
}
