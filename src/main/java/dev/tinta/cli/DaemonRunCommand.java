package dev.tinta.cli;

import dev.tinta.daemon.BuildDaemon;
import dev.tinta.daemon.DaemonFile;
import dev.tinta.daemon.JarStamp;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tinta daemon-run} (hidden): the build daemon itself, started in the background by the
 * launcher's client ({@code lib/daemon-client.bash}), never by hand.
 */
@Command(
    name = "daemon-run",
    hidden = true,
    description = "Run the build daemon (the launcher starts it).")
final class DaemonRunCommand implements Callable<Integer> {
  @Option(names = "--folder", required = true, paramLabel = "DIR")
  Path folder;

  @Option(names = "--key", required = true, paramLabel = "KEY")
  String key;

  @Option(names = "--idle-minutes", defaultValue = "60", paramLabel = "N")
  int idleMinutes;

  @Override
  public Integer call() throws IOException {
    Path jar;
    try {
      jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot tell where tinta's jar is", e);
    }
    BuildDaemon daemon =
        new BuildDaemon(
            new DaemonFile(folder.toAbsolutePath(), key),
            JarStamp.of(jar),
            (args, out, err, terminal) -> Main.run(args.toArray(String[]::new), out, err, terminal),
            Duration.ofMinutes(Math.max(1, idleMinutes)));
    daemon.serve();
    return 0;
  }
}
