package dev.tinta.cli;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.comments.StatusChange;
import dev.tinta.model.CommentStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code tinta comments approve|reject|spam SLUG/ID...}: sets the status of comments, editing only
 * their {@code status:} lines.
 */
abstract class CommentsStatusCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Parameters(
      arity = "1..*",
      paramLabel = "SLUG/ID",
      description = "Comments to change: the post's slug, a slash, the comment's id.")
  List<String> refs;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The status this command sets. */
  abstract CommentStatus target();

  @Override
  public Integer call() {
    List<CommentRef> parsed = new ArrayList<>();
    for (String ref : refs) {
      parsed.add(
          CommentRef.parse(ref)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(),
                          "Expected SLUG/ID, such as my-post/c1, not '" + ref + "'")));
    }
    CommentModerator moderator = CommentsCommand.moderator(site);
    PrintWriter out = spec.commandLine().getOut();
    for (StatusChange change : moderator.setStatus(parsed, target())) {
      out.println(
          change.changed()
              ? change.ref() + ": " + change.from().word() + " -> " + change.to().word()
              : change.ref() + ": already " + change.to().word());
    }
    return 0;
  }

  /** {@code tinta comments approve}. */
  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Publish comments.")
  static final class Approve extends CommentsStatusCommand {
    @Override
    CommentStatus target() {
      return CommentStatus.APPROVED;
    }
  }

  /** {@code tinta comments reject}. */
  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Keep comments unpublished.")
  static final class Reject extends CommentsStatusCommand {
    @Override
    CommentStatus target() {
      return CommentStatus.REJECTED;
    }
  }

  /** {@code tinta comments spam}. */
  @Command(
      name = "spam",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = "Mark comments as spam (never published).")
  static final class Spam extends CommentsStatusCommand {
    @Override
    CommentStatus target() {
      return CommentStatus.SPAM;
    }
  }
}
