package dev.tinta.notify;

import dev.tinta.model.PostLink;
import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
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
 * @param templates the site's theme: the mail's words and a link's page come from it
 * @param posts a published post's title and URL by slug
 * @param linkKey the HMAC-SHA256 key of the mail's links, derived from the server's secret for this
 *     use alone
 * @param stateDir where the server keeps its state ({@code .tinta/}): the queue feed's key ({@code
 *     feed-key}, made on first start) and the comments not yet mailed ({@code notify-unsent})
 * @param clock for link expiry and mail dates
 * @param env the environment, for the SMTP password named by {@code password_env}
 */
public record NotifyOptions(
    Path siteDir,
    SiteConfig config,
    TemplateRenderer templates,
    Function<String, Optional<PostLink>> posts,
    SecretKeySpec linkKey,
    Path stateDir,
    Clock clock,
    Function<String, String> env) {
  public NotifyOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(config);
    Objects.requireNonNull(templates);
    Objects.requireNonNull(posts);
    Objects.requireNonNull(linkKey);
    Objects.requireNonNull(stateDir);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(env);
  }

  /** Options reading the password from the process's environment. */
  public NotifyOptions(
      Path siteDir,
      SiteConfig config,
      TemplateRenderer templates,
      Function<String, Optional<PostLink>> posts,
      SecretKeySpec linkKey,
      Path stateDir,
      Clock clock) {
    this(siteDir, config, templates, posts, linkKey, stateDir, clock, System::getenv);
  }
}
