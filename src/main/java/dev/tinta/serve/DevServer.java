package dev.tinta.serve;

import com.sun.net.httpserver.HttpServer;
import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.BuildResult;
import dev.tinta.pipeline.IncrementalBuilder;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@code tinta serve}: builds the site into a temporary folder with the server's own address as
 * base URL, serves it over HTTP, rebuilds when a source changes and tells open pages to reload.
 *
 * <p>A rebuild with problems keeps the last good pages; until a rebuild succeeds, every page shows
 * the problems in an overlay, and the terminal prints them. A first build with problems is not
 * fatal either: the server starts, shows them, and builds again on the next change.
 *
 * <p>Use: {@link #start()}, then {@link #awaitClose()} or {@link #close()}. Thread-safe.
 */
public final class DevServer implements AutoCloseable {
  private final ServeOptions options;
  private final ServeLog log;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch closedLatch = new CountDownLatch(1);
  private final Object buildLock = new Object();
  private volatile List<Problem> problems = List.of();
  private List<Problem> warned = List.of();
  private boolean built;
  private TempOutput temp;
  private HttpServer http;
  private ExecutorService executor;
  private LiveReload live;
  private SiteWatcher watcher;
  private IncrementalBuilder builder;
  private URI url;

  /**
   * A server for the site of {@code options}; it prints progress to {@code out} and problems to
   * {@code err}.
   */
  public DevServer(ServeOptions options, PrintWriter out, PrintWriter err) {
    this.options = options;
    this.log = new ServeLog(options.siteDir(), out, err);
  }

  /**
   * Listens, builds the site, starts watching, and starts serving; returns once pages can be
   * requested.
   *
   * @return the address the server listens on, with the actual port when the options asked for 0
   * @throws UncheckedIOException when the address cannot be used (its cause is then a {@link
   *     java.net.BindException} or an {@link java.net.UnknownHostException}) or the temporary
   *     folder cannot be made
   * @throws IllegalStateException when called twice
   */
  public synchronized InetSocketAddress start() {
    if (!started.compareAndSet(false, true) || closed.get()) {
      throw new IllegalStateException("a DevServer starts once");
    }
    try {
      InetAddress address = listen();
      temp = TempOutput.create();
      BuildOptions build =
          new BuildOptions(
              options.siteDir(),
              temp.site(),
              options.drafts(),
              options.future(),
              Optional.of(url),
              options.clock());
      builder = new IncrementalBuilder(build, options.threads());
      live = new LiveReload(options.heartbeat());
      watcher = new SiteWatcher(options.siteDir(), options.quiet(), this::rebuild, log::warning);
      watcher.start();
      firstBuild();
      executor = Executors.newCachedThreadPool(new NamedThreads("tinta-http"));
      http.setExecutor(executor);
      http.createContext("/", new StaticFileHandler(temp.site(), this::pageSnippet));
      http.createContext(LiveReload.PATH, live);
      http.start();
      log.serving(url, temp.site(), address.isLoopbackAddress());
      return http.getAddress();
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The site's address, such as {@code http://127.0.0.1:1313/}; set by {@link #start()}. */
  public synchronized URI url() {
    if (url == null) {
      throw new IllegalStateException("not started");
    }
    return url;
  }

  /** The temporary folder the site is built into; set by {@link #start()}. */
  public synchronized Path outputDir() {
    if (temp == null) {
      throw new IllegalStateException("not started");
    }
    return temp.site();
  }

  /** Waits until {@link #close()} has run, from any thread (Ctrl+C runs it from a hook). */
  public void awaitClose() throws InterruptedException {
    closedLatch.await();
  }

  /**
   * Stops watching, ends live-reload connections, stops the HTTP server and its threads, and
   * deletes the temporary folder. Waits for a rebuild in progress. Safe to call more than once.
   */
  @Override
  public synchronized void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    List<RuntimeException> failures = new ArrayList<>();
    step(failures, watcher, SiteWatcher::close);
    step(failures, live, LiveReload::close);
    step(failures, http, h -> h.stop(0));
    step(failures, executor, ExecutorService::shutdownNow);
    step(failures, builder, IncrementalBuilder::close);
    step(failures, temp, TempOutput::close);
    closedLatch.countDown();
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  private static <T> void step(List<RuntimeException> failures, T part, Consumer<T> stop) {
    if (part == null) {
      return;
    }
    try {
      stop.accept(part);
    } catch (RuntimeException e) {
      failures.add(e);
    }
  }

  /** Binds the HTTP server and works out the site's URL from the bound port. */
  private InetAddress listen() {
    String host = options.bind().replaceAll("^\\[(.*)]$", "$1");
    try {
      InetAddress address = InetAddress.getByName(host);
      http = HttpServer.create(new InetSocketAddress(address, options.port()), 0);
      // a wildcard address is no place a browser can go to
      String urlHost = address.isAnyLocalAddress() ? "localhost" : host;
      url = new URI("http", null, urlHost, http.getAddress().getPort(), "/", null, null);
      return address;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage(), e);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--bind " + options.bind() + " is not a host", e);
    }
  }

  private void firstBuild() {
    synchronized (buildLock) {
      try {
        BuildResult result = builder.build();
        log.built(result);
        warned = result.warnings();
        built = true;
      } catch (SiteException e) {
        problems = e.problems();
        log.problems(problems);
      } catch (RuntimeException e) {
        problems = internalError(e);
        log.internalError(e);
      }
    }
  }

  /** The warnings not printed after the last build; remembers {@code all} for the next. */
  private List<Problem> newWarnings(List<Problem> all) {
    Set<Problem> before = Set.copyOf(warned);
    warned = all;
    return all.stream().filter(w -> !before.contains(w)).toList();
  }

  /** A bug in tinta, shown in the browser's error box too: the trace is in the terminal. */
  private static List<Problem> internalError(RuntimeException e) {
    return List.of(
        Problem.inFile("tinta", "internal error: " + e)
            .withHint("a bug in tinta: the terminal shows its trace; please report it"));
  }

  /** Called by the watcher, on its thread, with each quiet batch of changed sources. */
  private void rebuild(Set<Path> changed) {
    synchronized (buildLock) {
      if (closed.get()) {
        return;
      }
      long start = System.nanoTime();
      boolean wasFailing = !problems.isEmpty();
      try {
        BuildResult result;
        if (built) {
          result = builder.rebuild(changed);
        } else {
          result = builder.build();
          built = true;
        }
        problems = List.of();
        log.warnings(newWarnings(result.warnings()));
        log.rebuilt(changed, millisSince(start), wasFailing);
        // a stylesheet refresh would leave the overlay of the failed build in place
        live.send(!wasFailing && onlyCss(changed) ? LiveReload.Event.CSS : LiveReload.Event.RELOAD);
      } catch (SiteException e) {
        problems = e.problems();
        log.failed(changed, millisSince(start), problems);
        live.send(LiveReload.Event.RELOAD);
      } catch (RuntimeException e) {
        problems = internalError(e);
        log.internalError(e);
        live.send(LiveReload.Event.RELOAD);
      }
    }
  }

  /** What goes before {@code </body>} of every page: the problems, if any, and the script. */
  private String pageSnippet() {
    return ErrorOverlay.html(problems) + ReloadScript.TAG;
  }

  static boolean onlyCss(Set<Path> changed) {
    return !changed.isEmpty()
        && changed.stream()
            .allMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".css"));
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
