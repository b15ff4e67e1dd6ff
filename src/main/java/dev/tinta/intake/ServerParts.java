package dev.tinta.intake;

import dev.tinta.comments.CommentModerator;
import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the comment server shares with its {@link RouteGroup}s.
 *
 * @param moderator the one moderator of the server: every write goes through its lock and atomic
 *     rename, as the command line's do
 * @param serverRoot the path the server is reached at, without a final slash ("" at the root)
 * @param listener to call after each moderation change
 * @param log one line per event worth telling the operator
 */
public record ServerParts(
    Path siteDir,
    SiteConfig config,
    TemplateRenderer templates,
    CommentModerator moderator,
    Clock clock,
    boolean trustProxy,
    int maxBodyBytes,
    String serverRoot,
    ModerationListener listener,
    Consumer<String> log,
    PostLookup posts) {

  /** The published posts by slug (read again every minute). */
  @FunctionalInterface
  public interface PostLookup {
    Optional<PostInfo> find(String slug);
  }

  public ServerParts {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(config);
    Objects.requireNonNull(templates);
    Objects.requireNonNull(moderator);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(serverRoot);
    Objects.requireNonNull(listener);
    Objects.requireNonNull(log);
    Objects.requireNonNull(posts);
  }
}
