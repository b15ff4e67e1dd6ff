package dev.tinta.cli;

import dev.tinta.problem.FileAccess;
import dev.tinta.problem.Problem;
import dev.tinta.problem.ProblemReport;
import dev.tinta.problem.SiteException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints user mistakes compiler-style without a stack trace (exit 1), files the system refused the
 * same way (the path and the system's reason, exit 1), and anything else as a bug with its trace
 * (exit 3). {@code --verbose} adds the trace to user mistakes.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    PrintWriter err = cli.getErr();
    boolean verbose =
        parsed.hasMatchedOption("--verbose")
            || (parsed.subcommand() != null && deepVerbose(parsed));
    if (e instanceof SiteException site) {
      ProblemReport.lines(site.problems()).forEach(err::println);
      err.println(ProblemReport.count(site.problems()));
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.USER_ERROR;
    }
    Optional<Problem> environment = FileAccess.of(Path.of(""), e);
    if (environment.isPresent()) {
      // a file the system refused (permissions, a full disk): the user's environment, no bug (#11)
      err.println(environment.get().format());
      err.println("1 error");
      if (verbose) {
        e.printStackTrace(err);
      }
      return Main.USER_ERROR;
    }
    err.println("tinta: internal error: " + e);
    err.println("This is a bug in tinta; please report it with the trace below.");
    e.printStackTrace(err);
    return Main.INTERNAL_ERROR;
  }

  private static boolean deepVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
