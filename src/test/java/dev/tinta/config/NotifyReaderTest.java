package dev.tinta.config;

import static dev.tinta.config.ConfigLoaderTest.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.NotifySettings;
import dev.tinta.model.SmtpSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code comments.notify} in site.yaml: values, defaults, and mistakes at their positions. */
class NotifyReaderTest {
  @Test
  void readsEveryKey() {
    NotifySettings n =
        ConfigLoader.parse(
                """
                comments:
                  endpoint: https://comments.example.org/
                  notify:
                    every: 30s
                    smtp:
                      host: smtp.example.org
                      port: 2525
                      from: blog@example.org
                      to: me@example.org
                      starttls: false
                      user: blog@example.org
                      password_env: TINTA_SMTP_PASSWORD
                """)
            .comments()
            .notifications();
    assertThat(n)
        .isEqualTo(
            new NotifySettings(
                Duration.ofSeconds(30),
                new SmtpSettings(
                    "smtp.example.org",
                    2525,
                    "blog@example.org",
                    "me@example.org",
                    false,
                    "blog@example.org",
                    "TINTA_SMTP_PASSWORD")));
  }

  @Test
  void defaultsAreTenMinutesAndNoMail() {
    assertThat(ConfigLoader.parse("title: x\n").comments().notifications())
        .isEqualTo(new NotifySettings(Duration.ofMinutes(10), SmtpSettings.none()));
    NotifySettings n =
        ConfigLoader.parse(
                """
                comments:
                  endpoint: https://comments.example.org/
                  notify:
                    smtp: {host: smtp.example.org, from: a@example.org, to: b@example.org}
                """)
            .comments()
            .notifications();
    assertThat(n.every()).isEqualTo(Duration.ofMinutes(10));
    assertThat(n.smtp().port()).isEqualTo(587);
    assertThat(n.smtp().starttls()).isTrue();
    assertThat(n.smtp().user()).isEmpty();
  }

  @Test
  void aPasswordInTheFileIsAnErrorAtItsKey() {
    assertThat(
            problemsOf(
                """
                comments:
                  endpoint: https://comments.example.org/
                  notify:
                    smtp:
                      host: smtp.example.org
                      from: a@example.org
                      to: b@example.org
                      user: a@example.org
                      password: hunter2
                      password_env: PW
                """))
        .containsExactly(
            "site.yaml:9:7: error: a password must not be written in site.yaml (hint:"
                + " password_env: TINTA_SMTP_PASSWORD, and set that variable for the server)");
  }

  @Test
  void mistakesAreReportedAtTheirValues() {
    assertThat(
            problemsOf(
                """
                comments:
                  notify:
                    every: 0s
                    smtp:
                      host: "smtp.example.org\\r\\nX: y"
                      from: "a@example.org\\r\\nBcc: evil@example.org"
                      to: me
                      port: 0
                      user: a@example.org
                      helo: x
                """))
        .containsExactly(
            "site.yaml:3:12: error: 'every' must be a time from 1s to 24h, such as 10m (hint:"
                + " every: 10m)",
            "site.yaml:5:13: error: 'host' must be a host name or address (hint: host:"
                + " smtp.example.org)",
            "site.yaml:6:13: error: 'from' must be one mail address such as me@example.org"
                + " (hint: from: me@example.org)",
            "site.yaml:7:11: error: 'to' must be one mail address such as me@example.org (hint:"
                + " to: me@example.org)",
            "site.yaml:8:13: error: 'port' must be a whole number from 1 to 65535 (hint: port:"
                + " 1)",
            "site.yaml:9:13: error: signing in as 'user' needs 'password_env' (hint:"
                + " password_env: TINTA_SMTP_PASSWORD, and set that variable for the server)",
            "site.yaml:10:7: error: unknown key 'comments.notify.smtp.helo' (hint: known keys:"
                + " from, host, password_env, port, starttls, to, user)");
  }

  @Test
  void mailNeedsTheEndpointForItsLinks() {
    assertThat(
            problemsOf(
                """
                comments:
                  notify:
                    smtp: {host: smtp.example.org, from: a@example.org, to: b@example.org}
                """))
        .containsExactly(
            "site.yaml:3:11: error: mail to the owner needs 'comments.endpoint': its links lead"
                + " to the comment server (hint: comments: {endpoint:"
                + " https://comments.example.org/})");
  }
}
