package dev.tinta.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.intake.TestClock;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.templates.TemplateRenderer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting up the notifications: the SMTP password from the environment, the feed key file. */
class NotifyRoutesTest {
  @TempDir Path site;

  private final TestClock clock = new TestClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final List<String> log = new ArrayList<>();

  private static final String YAML =
      """
      title: T
      comments:
        endpoint: https://comments.example.org/
        notify:
          smtp:
            host: smtp.example.org
            from: blog@example.org
            to: me@example.org
            user: blog
            password_env: TINTA_TEST_SMTP_PASSWORD
      """;

  private NotifyRoutes routes(Map<String, String> env) {
    SiteConfig config = ConfigLoader.parse(YAML);
    NotifyOptions options =
        new NotifyOptions(
            site,
            config,
            TemplateRenderer.create(site),
            slug -> Optional.empty(),
            new SecretKeySpec(new byte[32], "HmacSHA256"),
            site.resolve(".tinta"),
            clock,
            env::get);
    return new NotifyRoutes(
        options, new CommentModerator(site, config.comments(), clock), log::add);
  }

  @Test
  void thePasswordComesFromTheNamedVariable() {
    assertThatThrownBy(() -> routes(Map.of()))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        "site.yaml: error: comments.notify.smtp.password_env names"
                            + " TINTA_TEST_SMTP_PASSWORD, which is not set for the server (hint:"
                            + " export TINTA_TEST_SMTP_PASSWORD=... before tinta comments serve)"));
    routes(Map.of("TINTA_TEST_SMTP_PASSWORD", "s3cret"));
    assertThat(log)
        .contains("Mailing me@example.org about new comments at most every 600 s")
        .noneMatch(l -> l.contains("s3cret"));
  }

  @Test
  void theFeedKeyIsMadeOnceWithMode0600AndShownOnce() throws Exception {
    routes(Map.of("TINTA_TEST_SMTP_PASSWORD", "x"));
    Path file = site.resolve(".tinta/feed-key");
    String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
    assertThat(key).matches("[A-Za-z0-9_-]{43}");
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(log).filteredOn(l -> l.contains(key)).hasSize(1);
    log.clear();
    routes(Map.of("TINTA_TEST_SMTP_PASSWORD", "x"));
    assertThat(Files.readString(file, StandardCharsets.US_ASCII).strip()).isEqualTo(key);
    assertThat(log).noneMatch(l -> l.contains(key));
  }

  @Test
  void aFeedKeyOthersCanReadIsRefused() throws Exception {
    Path file = site.resolve(".tinta/feed-key");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "A".repeat(43) + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> routes(Map.of("TINTA_TEST_SMTP_PASSWORD", "x")))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .map(Problem::format)
                    .containsExactly(
                        file
                            + ": error: the feed key may be read by others (hint: chmod 600 "
                            + file
                            + ")"));
    Files.writeString(file, "short\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    assertThatThrownBy(() -> routes(Map.of("TINTA_TEST_SMTP_PASSWORD", "x")))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("the feed key must be at least 32");
  }
}
