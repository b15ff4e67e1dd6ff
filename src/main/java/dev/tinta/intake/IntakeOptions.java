package dev.tinta.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the intake server.
 *
 * @param siteDir the site whose posts take comments and whose {@code content/comments/} is written
 * @param bind the address to listen on ({@code 127.0.0.1} behind a reverse proxy)
 * @param port 0 picks a free port
 * @param secretFile the token secret; empty: {@link SecretFile#DEFAULT} in the site, made on first
 *     start
 * @param trustProxy take the client address from {@code X-Forwarded-For} when the connection comes
 *     from loopback (a reverse proxy on the same machine)
 * @param clock for token ages, rate windows and comment dates
 */
public record IntakeOptions(
    Path siteDir,
    String bind,
    int port,
    Path secretFile,
    boolean trustProxy,
    Clock clock,
    ServerLimits limits) {

  public IntakeOptions {
    Objects.requireNonNull(siteDir);
    Objects.requireNonNull(bind);
    Objects.requireNonNull(secretFile);
    Objects.requireNonNull(clock);
    Objects.requireNonNull(limits);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** Options for a site with the defaults: 127.0.0.1:8080, the site's own secret file. */
  public static IntakeOptions of(Path siteDir) {
    return new IntakeOptions(
        siteDir,
        "127.0.0.1",
        8080,
        siteDir.resolve(SecretFile.DEFAULT),
        false,
        Clock.systemUTC(),
        ServerLimits.defaults());
  }

  public IntakeOptions withAddress(String newBind, int newPort) {
    return new IntakeOptions(siteDir, newBind, newPort, secretFile, trustProxy, clock, limits);
  }

  public IntakeOptions withSecretFile(Optional<Path> file) {
    return new IntakeOptions(
        siteDir,
        bind,
        port,
        file.orElse(siteDir.resolve(SecretFile.DEFAULT)),
        trustProxy,
        clock,
        limits);
  }

  public IntakeOptions withTrustProxy(boolean trust) {
    return new IntakeOptions(siteDir, bind, port, secretFile, trust, clock, limits);
  }

  public IntakeOptions withClock(Clock c) {
    return new IntakeOptions(siteDir, bind, port, secretFile, trustProxy, c, limits);
  }

  public IntakeOptions withLimits(ServerLimits l) {
    return new IntakeOptions(siteDir, bind, port, secretFile, trustProxy, clock, l);
  }

  /** Where spent token nonces are remembered across restarts: beside the default secret. */
  Path stateDir() {
    return siteDir.resolve(SecretFile.STATE_DIR);
  }
}
