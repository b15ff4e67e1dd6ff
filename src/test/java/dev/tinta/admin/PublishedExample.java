package dev.tinta.admin;

import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.intake.IntakeOptions;
import dev.tinta.intake.IntakeServer;
import dev.tinta.notify.OwnerInbox;
import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.ExampleSite;
import dev.tinta.pipeline.FileTrees;
import dev.tinta.quality.SiteServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The example blog published on one machine, as README's "One machine, end to end" sets it up: a
 * static web server serving the output folder, and beside it the comment server on 127.0.0.1 with
 * {@code --publish} (a {@link Publisher} building into that folder) and the moderation pages
 * (signed in with {@link #TOKEN}).
 */
final class PublishedExample implements AutoCloseable {
  static final String POST = "another-insight-about-networking";
  static final String POST_PATH = "/2010/08/" + POST + "/";
  static final String TOKEN = "5e".repeat(32);

  final Path site;
  final SiteServer web;
  final Publisher publisher;
  final IntakeServer server;

  private PublishedExample(Path site, SiteServer web, Publisher publisher, IntakeServer server) {
    this.site = site;
    this.web = web;
    this.publisher = publisher;
    this.server = server;
  }

  /**
   * Copies the example's content and templates into {@code tmp}, writes its site.yaml with the web
   * server's address as {@code base_url} and {@code comments} lines (indented by two spaces) made
   * from the comment server's address, and starts both servers; the first build runs meanwhile.
   */
  static PublishedExample start(Path tmp, Function<URI, String> comments) throws IOException {
    Path site = tmp.resolve("site");
    for (String part : List.of("content", "templates")) {
      FileTrees.copy(ExampleSite.root().resolve(part), site.resolve(part));
    }
    Path output = Files.createDirectories(tmp.resolve("site-output"));
    Path tokenFile = tmp.resolve("admin-token");
    Files.writeString(tokenFile, TOKEN + "\n");
    Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
    int port = OwnerInbox.freePort();
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    SiteServer web = SiteServer.serve(output);
    Publisher publisher = null;
    try {
      Files.writeString(
          site.resolve("site.yaml"),
          Files.readString(ExampleSite.root().resolve("site.yaml"))
              .replaceFirst("(?m)^base_url: .*$", "base_url: " + web.url("/"))
              .replaceFirst("(?m)^comments:\\n", "comments:\n" + comments.apply(uri)));
      publisher =
          Publisher.start(
              BuildOptions.of(site).withOutput(output),
              Optional.empty(),
              Duration.ofMillis(300),
              System.out::println);
      IntakeServer server =
          IntakeServer.start(
              IntakeOptions.of(site)
                  .withAddress("127.0.0.1", port)
                  .withSecretFile(Optional.of(tmp.resolve("secret"))),
              System.out::println,
              publisher,
              List.of(AdminRoutes.group(AdminToken.loadOrCreate(tokenFile), publisher::problem)));
      return new PublishedExample(site, web, publisher, server);
    } catch (IOException | RuntimeException e) {
      if (publisher != null) {
        publisher.close();
      }
      web.close();
      throw e;
    }
  }

  /** The moderator the command line would use on the site. */
  CommentModerator moderator() {
    return new CommentModerator(site, ConfigLoader.load(site).comments(), Clock.systemUTC());
  }

  /** The moderation queue's address. */
  String admin() {
    return server.uri().resolve("admin").toString();
  }

  @Override
  public void close() {
    server.close();
    publisher.close();
    web.close();
  }
}
