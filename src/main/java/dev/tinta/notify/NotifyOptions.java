package dev.tinta.notify;

import dev.tinta.model.PostLink;
import dev.tinta.model.SiteConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the notifications need of the server they run in.
 *
 * @param siteDir the site, whose comment files hold the queue
 * @param posts a published post's title and URL by slug
 * @param linkKey the HMAC-SHA256 key of the mail's links, derived from the server's secret for this
 *     use alone
 * @param feedKeyFile where the queue feed's key is kept (made on first start)
 * @param clock for link expiry and mail dates
 * @param env the environment, for the SMTP password named by {@code password_env}
 */
public record NotifyOptions(
    Path siteDir,
    SiteConfig config,
    Function<String, Optional<PostLink>> posts,
    SecretKeySpec linkKey,
    Path feedKeyFile,
    Clock clock,
    Function<String, String> env) {
  public NotifyOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(config);
    Objects.requireNonNull(posts);
    Objects.requireNonNull(linkKey);
    Objects.requireNonNull(feedKeyFile);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(env);
  }

  /** Options reading the password from the process's environment. */
  public NotifyOptions(
      Path siteDir,
      SiteConfig config,
      Function<String, Optional<PostLink>> posts,
      SecretKeySpec linkKey,
      Path feedKeyFile,
      Clock clock) {
    this(siteDir, config, posts, linkKey, feedKeyFile, clock, System::getenv);
  }
}
