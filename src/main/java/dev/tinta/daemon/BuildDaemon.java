package dev.tinta.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The daemon's server: accepts commands on a loopback port from clients that know its token (read
 * from its {@link DaemonFile}, private to the user), runs builds one at a time per site and any
 * sites side by side, and stops when idle for the given time, when asked, or when its jar changed.
 */
public final class BuildDaemon {
  /** Runs one tinta command in this JVM with the given streams; returns its exit code. */
  @FunctionalInterface
  public interface Runner {
    int run(List<String> args, PrintWriter out, PrintWriter err, boolean terminal);
  }

  /** A client has this long to send its request. */
  private static final int REQUEST_MILLIS = 10_000;

  private final DaemonFile file;
  private final JarStamp jar;
  private final Runner runner;
  private final Duration idle;
  private final ConcurrentHashMap<Path, ReentrantLock> sites = new ConcurrentHashMap<>();
  private final AtomicInteger running = new AtomicInteger();
  private volatile boolean stopping;
  private UnfinishedBuilds unfinished;

  public BuildDaemon(DaemonFile file, JarStamp jar, Runner runner, Duration idle) {
    this.file = file;
    this.jar = jar;
    this.runner = runner;
    this.idle = idle;
  }

  /**
   * Serves until idle, stopped or outdated. Returns at once, with false, when another daemon holds
   * the same file (two clients started one each).
   *
   * @throws IOException when the port or the daemon's file cannot be set up
   */
  public boolean serve() throws IOException {
    try (DaemonFile.Claim claim = file.claim()) {
      if (claim == null) {
        return false;
      }
      unfinished = UnfinishedBuilds.load(file);
      try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
        String token = claim.publish(server.getLocalPort());
        server.setSoTimeout((int) Math.min(Integer.MAX_VALUE, idle.toMillis()));
        while (!stopping) {
          Socket client;
          try {
            client = server.accept();
          } catch (SocketTimeoutException e) {
            if (running.get() == 0) {
              break;
            }
            continue;
          }
          Thread t = new Thread(() -> answer(client, token), "tinta-daemon-client");
          t.setDaemon(false);
          t.start();
        }
        while (running.get() > 0) {
          sleepQuietly(); // a build in flight finishes and answers before the daemon exits
        }
      }
    }
    return true;
  }

  private void answer(Socket client, String token) {
    try (client) {
      client.setSoTimeout(REQUEST_MILLIS);
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
      Optional<DaemonRequest> request = DaemonRequest.read(in);
      if (request.isEmpty() || !sameToken(request.get().token(), token)) {
        return; // not one of ours: no answer at all
      }
      client.setSoTimeout(0);
      Frames frames = new Frames(client.getOutputStream());
      run(request.get(), frames, client);
    } catch (IOException e) {
      // the client went away; nothing to tell anyone
    }
  }

  private void run(DaemonRequest request, Frames frames, Socket client) throws IOException {
    if (request.args().equals(List.of("stop"))) {
      stopping = true;
      frames.exit(0);
      client.close();
      wakeAcceptLoop(client.getLocalPort());
      return;
    }
    if (stopping) {
      frames.refuse("the daemon is stopping");
      return;
    }
    if (!jar.unchanged()) {
      stopping = true;
      frames.refuse("tinta's jar changed since the daemon started");
      wakeAcceptLoop(client.getLocalPort());
      return;
    }
    Optional<BuildArgs> build = BuildArgs.of(request.args(), request.cwd());
    if (build.isEmpty()) {
      frames.refuse("the daemon only runs tinta build");
      return;
    }
    Path sitePath = build.get().site();
    if (unfinished.refuses(sitePath)) {
      if (unfinished.firstRefusal(sitePath)) {
        try (PrintWriter err = new PrintWriter(frames.err(), true)) {
          err.println(
              "tinta: an earlier build of this site did not finish in the build daemon (too large"
                  + " for its memory?); it builds without the daemon");
        }
      }
      frames.refuse("an earlier build of this site did not finish in the daemon");
      return;
    }
    running.incrementAndGet();
    ReentrantLock site = sites.computeIfAbsent(sitePath, k -> new ReentrantLock());
    site.lock();
    int code;
    try (UnfinishedBuilds.Marker marker = unfinished.start(sitePath);
        PrintWriter out = new PrintWriter(frames.out(), true);
        PrintWriter err = new PrintWriter(frames.err(), true)) {
      code = runner.run(build.get().args(), out, err, request.terminal());
      out.flush();
      err.flush();
    } catch (OutOfMemoryError e) {
      // the heap may be in any state: stop after this answer; the client builds once more itself,
      // and so do its next builds of this site
      stopping = true;
      unfinished.add(sitePath);
      frames.refuse("the daemon ran out of memory");
      wakeAcceptLoop(client.getLocalPort());
      return;
    } finally {
      site.unlock();
      running.decrementAndGet();
    }
    frames.exit(code);
  }

  private static boolean sameToken(String given, String token) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A connection to ourselves, so that the accept loop sees {@link #stopping} at once. */
  private static void wakeAcceptLoop(int port) {
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      // connecting is all
    } catch (IOException e) {
      // the loop is gone already
    }
  }
}
