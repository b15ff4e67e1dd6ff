package dev.tinta.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link DevServer} serves and how.
 *
 * @param siteDir the site folder, absolute
 * @param bind the address to listen on: an IP literal or a host name
 * @param port the TCP port; 0 picks a free one
 * @param drafts include posts with {@code draft: true}
 * @param future include posts dated after now
 * @param clock decides what "now" is, for future posts
 * @param threads build threads
 * @param quiet how long the site must stay unchanged before a rebuild starts; editors save with
 *     several events (write, rename), and one rebuild should see them all
 * @param heartbeat how often open live-reload connections get a keep-alive comment
 */
public record ServeOptions(
    Path siteDir,
    String bind,
    int port,
    boolean drafts,
    boolean future,
    Clock clock,
    int threads,
    Duration quiet,
    Duration heartbeat) {

  /** The address {@code tinta serve} listens on unless {@code --bind} says otherwise. */
  public static final String LOOPBACK = "127.0.0.1";

  /** The port {@code tinta serve} listens on unless {@code --port} says otherwise. */
  public static final int DEFAULT_PORT = 1313;

  /** Checks the options; a port outside 0–65535, or non-positive timings, are refused. */
  public ServeOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(quiet, "quiet");
    Objects.requireNonNull(heartbeat, "heartbeat");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (quiet.isNegative() || heartbeat.isNegative() || heartbeat.isZero()) {
      throw new IllegalArgumentException("quiet must be >= 0 and heartbeat > 0");
    }
  }

  /** Defaults: loopback, port 1313, no drafts or future posts, every core, 100 ms, 15 s. */
  public static ServeOptions of(Path siteDir) {
    return new ServeOptions(
        siteDir.toAbsolutePath().normalize(),
        LOOPBACK,
        DEFAULT_PORT,
        false,
        false,
        Clock.systemDefaultZone(),
        Runtime.getRuntime().availableProcessors(),
        Duration.ofMillis(100),
        Duration.ofSeconds(15));
  }

  /** The same options listening on {@code address}:{@code newPort}. */
  public ServeOptions withAddress(String address, int newPort) {
    return new ServeOptions(
        siteDir, address, newPort, drafts, future, clock, threads, quiet, heartbeat);
  }

  /** The same options with drafts and future posts included or not. */
  public ServeOptions withPosts(boolean withDrafts, boolean withFuture) {
    return new ServeOptions(
        siteDir, bind, port, withDrafts, withFuture, clock, threads, quiet, heartbeat);
  }

  /** The same options with other waiting times (tests shorten them). */
  public ServeOptions withTimings(Duration newQuiet, Duration newHeartbeat) {
    return new ServeOptions(
        siteDir, bind, port, drafts, future, clock, threads, newQuiet, newHeartbeat);
  }
}
