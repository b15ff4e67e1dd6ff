package dev.tinta.cli;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.SiteConfig;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code tinta comments}: moderation of reader comments ({@code list}, {@code approve}, {@code
 * reject}, {@code spam}, {@code add}, {@code purge}) and the intake server ({@code serve}).
 */
@Command(
    name = "comments",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List, moderate and take reader comments.",
    subcommands = {
      CommentsListCommand.class,
      CommentsStatusCommand.Approve.class,
      CommentsStatusCommand.Reject.class,
      CommentsStatusCommand.Spam.class,
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
