package dev.tinta.cli;

import dev.tinta.comments.CommentModerator;
import dev.tinta.model.CommentStatus;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tinta comments list}: every comment as a table, optionally one status or one post. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Show comments of every status, sorted by post, date and id.")
final class CommentsListCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only comments with this status: approved, pending, spam or rejected.")
  CommentStatus status;

  @Option(names = "--post", paramLabel = "SLUG", description = "Only the comments of this post.")
  String post;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommentModerator moderator = CommentsCommand.moderator(site);
    spec.commandLine()
        .getOut()
        .print(
            CommentsTable.format(
                moderator.list(Optional.ofNullable(status), Optional.ofNullable(post))));
    return 0;
  }
}
