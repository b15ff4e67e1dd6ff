package dev.tinta.intake;

import dev.tinta.comments.CommentBodies;
import dev.tinta.comments.CommentModerator;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.PostLink;
import dev.tinta.model.SiteConfig;
import dev.tinta.notify.NotifyOptions;
import dev.tinta.notify.NotifyRoutes;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.templates.TemplateRenderer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The comment intake server: one Jetty server whose handler is a sequence of route groups ({@link
 * CommentRoutes}, {@link ApiRoutes}, {@link SmallRoutes}) inside the shared layers (graceful stop,
 * security headers, header deadline). Another route group (moderation under {@code /admin}, issue
 * #13) is one more handler in {@link #routes}, built from the same shared pieces.
 *
 * <p>Stopping (SIGTERM, or {@link #close}) refuses new requests, lets those in flight finish,
 * including their writes, then exits.
 */
public final class IntakeServer implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final WriteQueue writes;
  private final SpentNonces nonces;
  private final ScheduledExecutorService refresher;

  private IntakeServer(
      Server server,
      ServerConnector connector,
      WriteQueue writes,
      SpentNonces nonces,
      ScheduledExecutorService refresher) {
    this.server = server;
    this.connector = connector;
    this.writes = writes;
    this.nonces = nonces;
    this.refresher = refresher;
  }

  /**
   * Reads the site and starts serving.
   *
   * @param log receives one line per stored comment and per problem
   * @throws SiteException for mistakes in the site, an unusable secret or state folder, or an
   *     address that cannot be bound
   */
  public static IntakeServer start(IntakeOptions options, Consumer<String> log) {
    return start(options, log, ModerationListener.NONE, List.of());
  }

  /**
   * Reads the site and starts serving, with more route groups after the readers' ones.
   *
   * @param log receives one line per stored comment and per problem
   * @param listener handed to the groups, which call it after each moderation change
   * @param groups made once the shared parts exist, in order
   * @throws SiteException for mistakes in the site, an unusable secret or state folder, or an
   *     address that cannot be bound
   */
  public static IntakeServer start(
      IntakeOptions options,
      Consumer<String> log,
      ModerationListener listener,
      List<RouteGroup> groups) {
    SiteConfig config = ConfigLoader.load(options.siteDir());
    TemplateRenderer templates = TemplateRenderer.create(options.siteDir());
    templates.parseAll(); // a syntax error is reported now, not as a failed page later (#11)
    Keys keys = new Keys(SecretFile.loadOrCreate(options.secretFile()));
    PostCatalog posts =
        PostCatalog.of(options.siteDir(), config, templates.layouts(), options.clock());
    SpentNonces nonces = openNonces(options);
    CommentModerator moderator =
        new CommentModerator(
            options.siteDir(), config.comments(), options.clock().withZone(config.timeZone()));
    FormTokens tokens = new FormTokens(keys, config.comments().intake(), options.clock());
    WriteQueue writes = new WriteQueue(moderator, 2);
    NotifyRoutes notify =
        new NotifyRoutes(
            new NotifyOptions(
                options.siteDir(),
                config,
                templates,
                slug ->
                    posts.find(slug).map(p -> new PostLink(p.title(), p.url(), p.date(), p.lang())),
                keys.key("notify-link"),
                options.stateDir(),
                options.clock()),
            moderator,
            log,
            listener::changed);
    CommentIntake intake =
        new CommentIntake(
            config.comments(),
            tokens,
            nonces,
            new RateLimiter(config.comments().intake(), options.clock()),
            moderator,
            writes,
            keys,
            log,
            notify::stored);
    String serverRoot = Paths.root(config.comments().endpoint());
    ServerPages pages = new ServerPages(templates, config, serverRoot);
    Origins origins = new Origins(config.baseUrl(), config.comments().endpoint());
    ServerLimits limits = options.limits();

    List<Handler> routes = new ArrayList<>();
    routes.add(
        new CommentRoutes(
            posts,
            intake,
            tokens,
            pages,
            new Answers(pages, tokens, serverRoot),
            origins,
            moderator,
            limits.maxBodyBytes(),
            options.trustProxy()));
    routes.add(
        new ApiRoutes(
            posts, tokens, new CommentBodies(), config.comments(), origins, limits.maxBodyBytes()));
    routes.add(new SmallRoutes(templates.staticFiles()));
    // before the admin group, which takes every other path under /admin
    routes.add(notify);
    ServerParts parts =
        new ServerParts(
            options.siteDir(),
            config,
            templates,
            moderator,
            options.clock(),
            options.trustProxy(),
            limits.maxBodyBytes(),
            serverRoot,
            listener,
            log,
            posts::find);
    for (RouteGroup group : groups) {
      routes.add(group.create(parts));
    }

    QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 4);
    threads.setName("intake");
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(limits.maxHeaderBytes());
    http.setIdleTimeout(limits.idleTimeout().toMillis());
    // a body trickling in below 1 KB/s is cut off too (the header deadline covers the headers)
    http.setMinRequestDataRate(1024);
    ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
    connector.setHost(options.bind());
    connector.setPort(options.port());
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setAcceptQueueSize(128);
    HeaderDeadline deadline = new HeaderDeadline(connector, limits.headerTimeout());
    connector.addBean(deadline);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    server.setErrorHandler(new PlainErrors());
    GracefulHandler graceful =
        new GracefulHandler(new SecurityHeaders(new Handler.Sequence(routes), deadline));
    server.setHandler(graceful);
    server.setStopTimeout(limits.stopTimeout().toMillis());
    server.setStopAtShutdown(false);
    ScheduledExecutorService refresher =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "intake-posts");
              t.setDaemon(true);
              return t;
            });
    refresher.scheduleWithFixedDelay(
        () -> {
          try {
            posts.refresh();
          } catch (SiteException e) {
            e.problems().stream().map(Problem::format).forEach(log);
          } catch (RuntimeException e) {
            log.accept("cannot read the posts again: " + e);
          }
        },
        60,
        60,
        TimeUnit.SECONDS);
    IntakeServer intakeServer = new IntakeServer(server, connector, writes, nonces, refresher);
    try {
      server.start();
    } catch (Exception e) {
      intakeServer.close();
      throw new SiteException(
          Problem.inFile(
              options.bind() + ":" + options.port(),
              "cannot listen on this address: " + e.getMessage()));
    }
    return intakeServer;
  }

  private static SpentNonces openNonces(IntakeOptions options) {
    var file = options.stateDir().resolve("spent-tokens");
    try {
      return SpentNonces.open(file, options.clock());
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(file.toString(), "cannot keep the server's state here: " + e));
    }
  }

  /** The port the server listens on (the one picked when asked for 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The server's address, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host = connector.getHost();
    InetSocketAddress a = new InetSocketAddress(host, port());
    String h = a.getAddress() instanceof java.net.Inet6Address ? "[" + host + "]" : host;
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    server.join();
  }

  /**
   * Stops taking requests, waits for those in flight and their writes (up to the stop timeout),
   * then releases everything.
   */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      // stopping is best effort; the writes below still finish
    }
    writes.close();
    refresher.shutdownNow();
    try {
      nonces.close();
    } catch (IOException e) {
      // every line was written when it was spent
    }
  }
}
