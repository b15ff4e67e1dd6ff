package dev.tinta.cli;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.comments.StatusChange;
import dev.tinta.model.CommentStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * What {@code tinta comments approve|reject|spam SLUG/ID...} take: the site and the comments; and
 * what they do: set the status of those comments, editing only their {@code status:} lines.
 */
final class CommentRefs {
  @Mixin SiteOption site;

  @Parameters(
      arity = "1..*",
      paramLabel = "SLUG/ID",
      description = "Comments to change: the post's slug, a slash, the comment's id.")
  List<String> refs;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** Sets the status of every comment named, printing one line for each. */
  int setStatus(CommentStatus target) {
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
    for (StatusChange change : moderator.setStatus(parsed, target)) {
      out.println(
          change.changed()
              ? change.ref() + ": " + change.from().word() + " -> " + change.to().word()
              : change.ref() + ": already " + change.to().word());
    }
    return 0;
  }
}
