package dev.tinta.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code tinta} command: subcommands for building, writing, moderating and checking a site.
 *
 * <p>Exit codes: 0 success, 1 user error (printed compiler-style, no stack trace), 2 usage error, 3
 * internal error (a bug: stack trace and a request to report it).
 */
@Command(
    name = "tinta",
    mixinStandardHelpOptions = true,
    description = "A fast static blog generator with moderated, safe reader comments.",
    subcommands = {
      BuildCommand.class,
      ServeCommand.class,
      NewCommand.class,
      InitCommand.class,
      CommentsCommand.class,
      CheckCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code for a user mistake. */
  public static final int USER_ERROR = 1;

  /** Exit code for a bug in tinta. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a subcommand");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Gives every subcommand tinta's {@code --version}, however deep. */
  private static void withVersion(CommandLine cli) {
    cli.getCommandSpec().versionProvider(new VersionProvider());
    cli.getSubcommands().values().forEach(Main::withVersion);
  }

  /** Runs tinta in-process with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorReporter());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    withVersion(cli);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
