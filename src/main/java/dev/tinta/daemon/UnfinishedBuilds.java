package dev.tinta.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sites a daemon of this key must leave to a JVM of their own. The daemon's heap is capped and
 * it exits at once on {@link OutOfMemoryError} (the launcher's flags): a site too large for it
 * would otherwise cost every build a failed try before the client builds it itself. So each build
 * in flight has a marker, {@code KEY.building-HASH} holding the site's path; a daemon that died
 * during the build leaves it behind. The next daemon of the key moves every such site into {@code
 * KEY.direct} and refuses those sites from then on. A new jar, Java or setting makes a new key and
 * so starts with an empty list.
 */
final class UnfinishedBuilds {
  private final DaemonFile file;
  private final Set<Path> direct = ConcurrentHashMap.newKeySet();
  private final Set<Path> told = ConcurrentHashMap.newKeySet();

  private UnfinishedBuilds(DaemonFile file) {
    this.file = file;
  }

  /**
   * The list of the daemon that holds {@code file}'s key, with the sites of the builds an earlier
   * daemon did not finish added to it.
   */
  static UnfinishedBuilds load(DaemonFile file) throws IOException {
    UnfinishedBuilds builds = new UnfinishedBuilds(file);
    Path list = file.folder().resolve(file.key() + ".direct");
    if (Files.exists(list)) {
      for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          builds.direct.add(Path.of(line));
        }
      }
    }
    try (DirectoryStream<Path> markers =
        Files.newDirectoryStream(file.folder(), file.key() + ".building-*")) {
      for (Path marker : markers) {
        String site = Files.readString(marker, StandardCharsets.UTF_8).strip();
        if (!site.isEmpty()) {
          builds.add(Path.of(site));
        }
        Files.delete(marker);
      }
    }
    return builds;
  }

  /** Sends the builds of {@code site} to a JVM of their own from now on. */
  void add(Path site) throws IOException {
    if (direct.add(site)) {
      Files.writeString(
          file.folder().resolve(file.key() + ".direct"),
          site + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    }
  }

  /** Whether builds of {@code site} run without the daemon. */
  boolean refuses(Path site) {
    return direct.contains(site);
  }

  /** Whether this is the first time this daemon refuses {@code site} (the user is told once). */
  boolean firstRefusal(Path site) {
    return told.add(site);
  }

  /** Marks a build of {@code site} as in flight until the returned marker is closed. */
  Marker start(Path site) throws IOException {
    Path marker = file.folder().resolve(file.key() + ".building-" + hash(site));
    Files.writeString(marker, site + "\n", StandardCharsets.UTF_8);
    return () -> Files.deleteIfExists(marker);
  }

  /** A build in flight; closing it says the daemon survived the build. */
  interface Marker extends AutoCloseable {
    @Override
    void close() throws IOException;
  }

  private static String hash(Path site) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256")
              .digest(site.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
