package dev.tinta.cli;

import dev.tinta.daemon.Daemons;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tinta daemon status|stop}: the warm build daemons the launcher started for this user
 * (README, "The build daemon").
 */
@Command(
    name = "daemon",
    mixinStandardHelpOptions = true,
    description = "Show or stop the build daemons the launcher started (status, stop).")
final class DaemonCommand implements Callable<Integer> {
  /** Where the launcher keeps its daemons' port files; set by bin/tinta. */
  static final String FOLDER_PROPERTY = "tinta.daemonDir";

  enum Action {
    status,
    stop
  }

  @Parameters(
      index = "0",
      defaultValue = "status",
      paramLabel = "ACTION",
      description = "status or stop")
  Action action;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    String folder = System.getProperty(FOLDER_PROPERTY, "");
    if (folder.isEmpty()) {
      out.println("no build daemon: tinta was started without its launcher, bin/tinta");
      return 0;
    }
    List<Daemons.Entry> daemons = Daemons.running(Path.of(folder));
    if (daemons.isEmpty()) {
      out.println("no build daemon is running");
      return 0;
    }
    for (Daemons.Entry d : daemons) {
      if (action == Action.stop) {
        out.println(
            (Daemons.stop(d) ? "stopped" : "could not reach") + " the build daemon pid " + d.pid());
      } else {
        out.println(
            "build daemon pid " + d.pid() + " on 127.0.0.1:" + d.port() + " (" + d.key() + ")");
      }
    }
    return 0;
  }
}
