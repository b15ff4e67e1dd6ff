package dev.tinta.config;

import dev.tinta.model.NotifySettings;
import dev.tinta.model.SmtpSettings;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.yaml.YamlMap;
import dev.tinta.yaml.YamlPosition;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code comments.notify} of {@code site.yaml}: how often the owner may get a mail, and the SMTP
 * server it goes through. A password written in the file is an error: only the name of an
 * environment variable holding it ({@code password_env}) is read.
 */
final class NotifyReader {
  private static final Set<String> KEYS = Set.of("every", "smtp");
  private static final Set<String> SMTP_KEYS =
      Set.of("host", "port", "from", "to", "starttls", "user", "password_env");
  private static final Pattern EVERY = Pattern.compile("([0-9]{1,5})\\s*(s|m|h)");
  private static final Pattern ADDRESS =
      Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\]+");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Duration MAX_EVERY = Duration.ofDays(1);

  private NotifyReader() {}

  /** The settings under {@code comments.notify}; {@code endpoint} is "" when none is set. */
  static NotifySettings read(YamlMap n, String endpoint, Problems problems) {
    NotifySettings d = NotifySettings.defaults();
    KnownKeys.check(n, "comments.notify.", KEYS, problems);
    Duration every = n.text("every").flatMap(s -> every(n, s)).orElse(d.every());
    SmtpSettings smtp = n.map("smtp").flatMap(s -> smtp(s, problems)).orElse(d.smtp());
    if (smtp.configured() && endpoint.isEmpty()) {
      n.report(
          "smtp",
          "mail to the owner needs 'comments.endpoint': its links lead to the comment server",
          "comments: {endpoint: https://comments.example.org/}");
    }
    return new NotifySettings(every, smtp);
  }

  private static Optional<Duration> every(YamlMap n, String text) {
    Matcher m = EVERY.matcher(text.strip());
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
          };
      if (!d.isZero() && d.compareTo(MAX_EVERY) <= 0) {
        return Optional.of(d);
      }
    }
    n.report("every", "'every' must be a time from 1s to 24h, such as 10m", "every: 10m");
    return Optional.empty();
  }

  private static Optional<SmtpSettings> smtp(YamlMap s, Problems problems) {
    String hint = "password_env: TINTA_SMTP_PASSWORD, and set that variable for the server";
    if (s.keys().contains("password")) {
      YamlPosition at = s.keyPosition("password");
      problems.add(
          Problem.at(
                  ConfigLoader.FILE,
                  at.line(),
                  at.column(),
                  "a password must not be written in site.yaml")
              .withHint(hint));
    }
    // a password is reported above, not as unknown too
    KnownKeys.check(
        s,
        "comments.notify.smtp.",
        key -> SMTP_KEYS.contains(key) || key.equals("password"),
        KnownKeys.hint(SMTP_KEYS),
        problems);
    String smtpHint = "smtp: {host: smtp.example.org, from: blog@example.org, to: me@example.org}";
    Optional<String> host =
        s.requiredText("host", smtpHint).map(String::strip).filter(h -> host(s, h));
    int port = s.integer("port", 1, 65_535).orElse(587);
    Optional<String> from =
        s.requiredText("from", smtpHint).map(String::strip).filter(a -> address(s, "from", a));
    Optional<String> to =
        s.requiredText("to", smtpHint).map(String::strip).filter(a -> address(s, "to", a));
    boolean starttls = s.bool("starttls").orElse(true);
    String user = s.text("user").map(String::strip).orElse("");
    Optional<String> env = s.text("password_env").map(String::strip);
    if (env.isPresent() && !ENV_NAME.matcher(env.get()).matches()) {
      s.report("password_env", "'password_env' must name an environment variable", hint);
      env = Optional.empty();
    } else if (!user.isEmpty() && env.isEmpty() && !s.has("password_env")) {
      s.report("user", "signing in as 'user' needs 'password_env'", hint);
    }
    if (user.chars().anyMatch(Character::isISOControl)) {
      s.report("user", "'user' must be one line of text", "user: blog@example.org");
    }
    if (host.isEmpty() || from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SmtpSettings(host.get(), port, from.get(), to.get(), starttls, user, env.orElse("")));
  }

  private static boolean host(YamlMap s, String host) {
    if (host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
      return true;
    }
    s.report("host", "'host' must be a host name or address", "host: smtp.example.org");
    return false;
  }

  private static boolean address(YamlMap s, String key, String address) {
    if (ADDRESS.matcher(address).matches()) {
      return true;
    }
    s.report(
        key,
        "'" + key + "' must be one mail address such as me@example.org",
        key + ": me@example.org");
    return false;
  }
}
