package dev.tinta.intake;

import java.time.Duration;

/**
 * The resource limits of the intake server, each set explicitly (STYLE.md, servers facing readers).
 *
 * @param maxThreads request threads; a request waiting for its comment to be written holds one
 * @param maxConnections open connections; more wait in the accept queue
 * @param headerTimeout time a client has to send a request's headers, from connecting or from the
 *     previous response; slower clients are cut off
 * @param idleTimeout time a connection may stay silent
 * @param maxBodyBytes request bodies above this get 413
 * @param maxHeaderBytes request line and headers above this get 431
 * @param stopTimeout how long a stop waits for requests in flight (and their writes)
 */
public record ServerLimits(
    int maxThreads,
    int maxConnections,
    Duration headerTimeout,
    Duration idleTimeout,
    int maxBodyBytes,
    int maxHeaderBytes,
    Duration stopTimeout) {

  /**
   * 64 KiB: a body at the 10,000-character default limit is at most 40 KB of UTF-8, form-encoded
   * more.
   */
  public static final int BODY_BYTES = 64 * 1024;

  public ServerLimits {
    if (maxThreads < 8 || maxConnections < 1 || maxBodyBytes < 1 || maxHeaderBytes < 1024) {
      throw new IllegalArgumentException("limits too small");
    }
  }

  public static ServerLimits defaults() {
    return new ServerLimits(
        64,
        512,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        BODY_BYTES,
        8 * 1024,
        Duration.ofSeconds(15));
  }

  ServerLimits withHeaderTimeout(Duration header, Duration idle) {
    return new ServerLimits(
        maxThreads, maxConnections, header, idle, maxBodyBytes, maxHeaderBytes, stopTimeout);
  }
}
