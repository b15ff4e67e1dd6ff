package dev.tinta.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
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
    description = "A fast static blog generator with moderated, safe reader comments.")
public final class Main implements Runnable {
  /**
   * The subcommands, in the order help lists them. picocli reads a command's annotations when it is
   * added (tens of milliseconds of start-up for all of them), so a run adds only the one it runs;
   * help, completion and anything that is not a subcommand name get them all.
   */
  private static final List<String> SUBCOMMANDS =
      List.of(
          "build",
          "serve",
          "new",
          "init",
          "comments",
          "check",
          "import",
          "completion",
          "daemon",
          "startup-training",
          "daemon-run",
          "help");

  /**
   * A new subcommand object. A switch, not a table of constructor references: Java 25 fails to
   * write an AOT cache whose archived lambdas name classes the training run never loaded.
   */
  private static Object subcommand(String name, boolean terminal) {
    return switch (name) {
      case "build" -> new BuildCommand(terminal);
      case "serve" -> new ServeCommand();
      case "new" -> new NewCommand();
      case "init" -> new InitCommand();
      case "comments" -> new CommentsCommand();
      case "check" -> new CheckCommand();
      case "import" -> new ImportCommand();
      case "completion" -> new CompletionCommand();
      case "daemon" -> new DaemonCommand();
      case "startup-training" -> new StartupTrainingCommand();
      case "daemon-run" -> new DaemonRunCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  private static final Set<String> NEED_ALL = Set.of("help", "completion");

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
    return run(args, out, err, System.console() != null);
  }

  /**
   * Runs tinta in-process with the given streams and returns the exit code.
   *
   * @param terminal whether the user sees the output on a terminal (a build then draws a progress
   *     bar)
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine cli = new CommandLine(new Main());
    String first = args.length == 0 ? "" : args[0];
    boolean one = !NEED_ALL.contains(first) && SUBCOMMANDS.contains(first);
    for (String name : SUBCOMMANDS) {
      if (!one || name.equals(first)) {
        cli.addSubcommand(name, subcommand(name, terminal));
      }
    }
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
