package dev.tinta.cli;

import dev.tinta.admin.AdminRoutes;
import dev.tinta.admin.AdminToken;
import dev.tinta.admin.Publisher;
import dev.tinta.config.ConfigLoader;
import dev.tinta.intake.IntakeOptions;
import dev.tinta.intake.IntakeServer;
import dev.tinta.intake.ModerationListener;
import dev.tinta.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
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

  @Mixin PortOption port = new PortOption(8080);

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

  @Option(
      names = "--admin-token-file",
      paramLabel = "FILE",
      description =
          "The token that signs in to the moderation pages at /admin (default:"
              + " .tinta/admin-token in the site, made with mode 0600 and printed on first start).")
  Path adminTokenFile;

  @Option(
      names = "--publish",
      description =
          "Build the site into its output folder on start and again about a second after each"
              + " moderation change, made on the server's pages, from a mail's link or outside"
              + " the server in content/comments/ (incremental, swapped in atomically as by"
              + " 'tinta build').")
  boolean publish;

  @Option(
      names = "--after-publish",
      paramLabel = "CMD",
      description =
          "With --publish: a shell command (sh -c) to run in the site folder after each good"
              + " build, e.g. an rsync to the web host; its output goes to the log.")
  String afterPublish;

  @Mixin OutputOption output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    int listenPort = port.checked(spec);
    Path dir = site.existingDir();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IntakeOptions options =
        IntakeOptions.of(dir)
            .withAddress(bind, listenPort)
            .withSecretFile(Optional.ofNullable(secretFile).map(Path::toAbsolutePath))
            .withTrustProxy(trustProxy);
    Consumer<String> log =
        line -> {
          synchronized (err) {
            err.println(line);
            err.flush();
          }
        };
    if (afterPublish != null && !publish) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--after-publish needs --publish");
    }
    AdminToken token =
        AdminToken.loadOrCreate(
            adminTokenFile == null
                ? dir.resolve(AdminToken.DEFAULT)
                : adminTokenFile.toAbsolutePath());
    Optional<Publisher> publisher =
        publish
            ? Optional.of(
                Publisher.start(
                    BuildOptions.of(dir).withOutput(output.dir(dir)),
                    Optional.ofNullable(afterPublish),
                    Duration.ofSeconds(1),
                    log))
            : Optional.empty();
    ModerationListener listener =
        publisher.<ModerationListener>map(p -> p).orElse(ModerationListener.NONE);
    IntakeServer server =
        IntakeServer.start(
            options,
            log,
            listener,
            List.of(AdminRoutes.group(token, () -> publisher.flatMap(Publisher::problem))));
    publisher.ifPresent(
        p -> Runtime.getRuntime().addShutdownHook(new Thread(p::close, "tinta-publish-stop")));
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "tinta-intake-stop"));
    String endpoint = ConfigLoader.load(dir).comments().endpoint();
    out.println("Taking comments at " + server.uri() + " (stop with Ctrl+C)");
    out.println("Moderate at " + server.uri().resolve("admin"));
    if (token.created()) {
      out.println("Admin token (shown once; kept in the token file): " + token.text());
    }
    if (endpoint.isEmpty()) {
      out.println(
          "Note: comments.endpoint is not set in site.yaml, so post pages carry no comment form.");
    }
    out.flush();
    server.join();
    return 0;
  }
}
