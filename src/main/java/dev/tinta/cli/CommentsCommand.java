package dev.tinta.cli;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.CommentStatus;
import dev.tinta.model.SiteConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code tinta comments}: moderation of reader comments ({@code list}, {@code approve}, {@code
 * reject}, {@code spam}, {@code add}, {@code purge}) and the intake server ({@code serve}).
 */
@Command(
    name = "comments",
    mixinStandardHelpOptions = true,
    description = "List, moderate and take reader comments.",
    subcommands = {
      CommentsListCommand.class,
      CommentsAddCommand.class,
      CommentsPurgeCommand.class,
      CommentsServeCommand.class
    })
public final class CommentsCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand");
  }

  @Command(name = "approve", mixinStandardHelpOptions = true, description = "Publish comments.")
  int approve(@Mixin CommentRefs comments) {
    return comments.setStatus(CommentStatus.APPROVED);
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Keep comments unpublished.")
  int reject(@Mixin CommentRefs comments) {
    return comments.setStatus(CommentStatus.REJECTED);
  }

  @Command(
      name = "spam",
      mixinStandardHelpOptions = true,
      description = "Mark comments as spam (never published).")
  int spam(@Mixin CommentRefs comments) {
    return comments.setStatus(CommentStatus.SPAM);
  }

  /**
   * The moderator for a site, with the comment limits and time zone of its {@code site.yaml}, so
   * moderation accepts exactly what the build will.
   */
  static CommentModerator moderator(SiteOption site) {
    return moderator(site.existingDir(), ConfigLoader.load(site.existingDir()));
  }

  /** The moderator for the site in {@code dir} whose settings are {@code config}. */
  static CommentModerator moderator(Path dir, SiteConfig config) {
    return new CommentModerator(dir, config.comments(), Clock.system(config.timeZone()));
  }
}
