package dev.tinta.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the launcher ({@code bin/tinta}) told the JVM about its start-up cache, and whether the JVM
 * really mapped it.
 *
 * <p>The launcher passes {@code -Dtinta.startupCache=KIND:DETAIL}: {@code aot:PATH} (an AOT cache,
 * Java 25 and later), {@code appcds:PATH} (an AppCDS archive, Java 17 to 24), or {@code none:WHY}.
 * A JVM that cannot use a cache (made by another Java, or for another jar) runs on without it and
 * says nothing, so "in use" is read from the files this process has mapped ({@code
 * /proc/self/maps}, on Linux).
 */
record StartupCache(String kind, String detail, Optional<List<String>> mappedFiles) {
  static final String PROPERTY = "tinta.startupCache";

  /** The cache this JVM was started with, and the files it has mapped where the system says. */
  static StartupCache fromLauncher() {
    String value = System.getProperty(PROPERTY, "");
    int colon = value.indexOf(':');
    String kind = colon < 0 ? "" : value.substring(0, colon);
    String detail = colon < 0 ? "" : value.substring(colon + 1);
    return new StartupCache(kind, detail, mappedFiles(Path.of("/proc/self/maps")));
  }

  /** One line for {@code --version}. */
  String describe() {
    String name =
        switch (kind) {
          case "aot" -> "AOT cache";
          case "appcds" -> "AppCDS archive";
          case "none" -> "";
          default -> null;
        };
    if (name == null) {
      return "not in use (tinta was started without its launcher, bin/tinta)";
    }
    if (name.isEmpty()) {
      return "not in use (" + detail + ")";
    }
    if (mappedFiles.isEmpty()) {
      return name + " " + detail + " given to Java (this system cannot tell whether it is used)";
    }
    String file = real(detail);
    boolean mapped = mappedFiles.get().stream().anyMatch(f -> f.equals(file));
    return mapped
        ? "in use (" + name + " " + detail + ")"
        : "not in use (Java did not accept the " + name + " " + detail + ")";
  }

  private static String real(String file) {
    try {
      return Path.of(file).toRealPath().toString();
    } catch (IOException | RuntimeException e) {
      return file;
    }
  }

  /** The files named in a {@code /proc/PID/maps} listing; empty where there is none. */
  static Optional<List<String>> mappedFiles(Path maps) {
    if (!Files.isReadable(maps)) {
      return Optional.empty();
    }
    try (Stream<String> lines = Files.lines(maps)) {
      // address perms offset dev inode, then the path (which may contain spaces)
      return Optional.of(
          lines
              .map(l -> l.split("\\s+", 6))
              .filter(f -> f.length == 6 && f[5].startsWith("/"))
              .map(f -> f[5])
              .distinct()
              .toList());
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty(); // --version must not fail over a diagnostic
    }
  }
}
