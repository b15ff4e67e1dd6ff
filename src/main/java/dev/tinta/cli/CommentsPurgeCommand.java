package dev.tinta.cli;

import dev.tinta.comments.CommentRef;
import dev.tinta.model.CommentStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tinta comments purge --status spam --older-than 30d}: deletes old unwanted comments. */
@Command(
    name = "purge",
    mixinStandardHelpOptions = true,
    description =
        "Delete comments of one status (spam or rejected) older than a given age, for good."
            + " A comment with a reply that stays is kept.")
final class CommentsPurgeCommand implements Callable<Integer> {
  private static final Pattern AGE = Pattern.compile("([0-9]{1,6})([dhm])");

  @Mixin SiteOption site;

  @Option(
      names = "--status",
      required = true,
      paramLabel = "STATUS",
      description = "spam or rejected.")
  String status;

  @Option(
      names = "--older-than",
      required = true,
      paramLabel = "AGE",
      description = "Age such as 30d (days), 12h (hours) or 90m (minutes).")
  String olderThan;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommentStatus target =
        CommentStatus.of(status.toLowerCase(Locale.ROOT))
            .filter(s -> s == CommentStatus.SPAM || s == CommentStatus.REJECTED)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        spec.commandLine(),
                        "--status must be spam or rejected, not '" + status + "'"));
    Matcher m = AGE.matcher(olderThan);
    if (!m.matches()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--older-than takes an age such as 30d, 12h or 90m, not '" + olderThan + "'");
    }
    long n = Long.parseLong(m.group(1));
    Duration age =
        switch (m.group(2)) {
          case "d" -> Duration.ofDays(n);
          case "h" -> Duration.ofHours(n);
          default -> Duration.ofMinutes(n);
        };
    List<CommentRef> purged = CommentsCommand.moderator(site).purge(target, age);
    PrintWriter out = spec.commandLine().getOut();
    purged.forEach(ref -> out.println(ref + ": deleted"));
    out.println(purged.size() + (purged.size() == 1 ? " comment" : " comments") + " deleted");
    return 0;
  }
}
