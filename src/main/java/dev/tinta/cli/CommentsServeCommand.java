package dev.tinta.cli;

import dev.tinta.config.ConfigLoader;
import dev.tinta.intake.IntakeOptions;
import dev.tinta.intake.IntakeServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tinta comments serve}: the intake server that takes readers' comments from the site's
 * forms and stores them as pending, until SIGTERM or Ctrl+C (which let writes in flight finish).
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Take reader comments over HTTP (the form pages and API that post pages link to when"
          + " comments.endpoint is set in site.yaml) and store them as pending in"
          + " content/comments/. Meant to run behind a reverse proxy. SIGTERM or Ctrl+C stops"
          + " after the writes in flight."
    })
final class CommentsServeCommand implements Callable<Integer> {
  @Mixin SiteOption site;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, for a reverse proxy).")
  String bind;

  @Option(
      names = "--secret-file",
      paramLabel = "FILE",
      description =
          "The secret that signs form tokens and hashes addresses (default: .tinta/intake-secret"
              + " in the site, made with mode 0600 on first start).")
  Path secretFile;

  @Option(
      names = "--trust-proxy",
      description =
          "Take the client's address from X-Forwarded-For when the connection comes from"
              + " loopback (a reverse proxy on this machine).")
  boolean trustProxy;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }
    Path dir = site.existingDir();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IntakeOptions options =
        IntakeOptions.of(dir)
            .withAddress(bind, port)
            .withSecretFile(Optional.ofNullable(secretFile).map(Path::toAbsolutePath))
            .withTrustProxy(trustProxy);
    IntakeServer server =
        IntakeServer.start(
            options,
            line -> {
              synchronized (err) {
                err.println(line);
                err.flush();
              }
            });
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tinta-intake-stop"));
    String endpoint = ConfigLoader.load(dir).comments().endpoint();
    out.println("Taking comments at " + server.uri() + " (stop with Ctrl+C)");
    if (endpoint.isEmpty()) {
      out.println(
          "Note: comments.endpoint is not set in site.yaml, so post pages carry no comment form.");
    }
    out.flush();
    server.join();
    return 0;
  }
}
