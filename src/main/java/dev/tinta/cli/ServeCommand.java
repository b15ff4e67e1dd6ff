package dev.tinta.cli;

import dev.tinta.serve.DevServer;
import dev.tinta.serve.ServeOptions;
import java.io.UncheckedIOException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tinta serve}: serves the site at {@code http://127.0.0.1:1313/} while you write,
 * rebuilding and reloading the browser on every change, until Ctrl+C.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Build the site into a temporary folder and serve it at http://127.0.0.1:1313/; on every"
          + " change to content/, templates/, static/ or site.yaml, rebuild and reload the"
          + " browser. Problems show in the terminal and over the page. Ctrl+C stops."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Mixin PortOption port = new PortOption(ServeOptions.DEFAULT_PORT);

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = ServeOptions.LOOPBACK,
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only;"
              + " 0.0.0.0 lets other devices on the network in).")
  String bind;

  @Mixin PostSelection posts;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    int listenPort = port.checked(spec);
    ServeOptions options =
        ServeOptions.of(site.existingDir())
            .withAddress(bind, listenPort)
            .withPosts(posts.drafts, posts.future);
    CommandLine cli = spec.commandLine();
    try (DevServer server = new DevServer(options, cli.getOut(), cli.getErr())) {
      Thread hook = new Thread(server::close, "tinta-serve-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        start(server);
        server.awaitClose();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        removeHook(hook);
      }
    }
    return 0;
  }

  private void start(DevServer server) {
    try {
      server.start();
    } catch (UncheckedIOException e) {
      // BindException (port in use, address not ours) is a SocketException
      if (e.getCause() instanceof SocketException || e.getCause() instanceof UnknownHostException) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            e.getMessage()
                + " (hint: another --port, --port 0 for a free one, or a --bind address of this"
                + " machine)");
      }
      throw e;
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or has run
    }
  }
}
