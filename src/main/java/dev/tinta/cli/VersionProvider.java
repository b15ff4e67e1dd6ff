package dev.tinta.cli;

import dev.tinta.daemon.Daemons;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code tinta --version}: tinta's version (from the jar manifest, or "development" when run from
 * classes), the Java that runs it, whether the launcher's start-up cache is in use, and the build
 * daemon.
 */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "tinta " + (v == null ? "development" : v),
      "Java "
          + System.getProperty("java.runtime.version", System.getProperty("java.version"))
          + " ("
          + System.getProperty("java.vendor")
          + ", "
          + System.getProperty("java.home")
          + ")",
      "start-up cache: " + StartupCache.fromLauncher().describe(),
      "build daemon: " + daemon()
    };
  }

  /** What the launcher said of the build daemon, and whether one is running. */
  private static String daemon() {
    String setting = System.getProperty("tinta.daemon", "");
    if (setting.isEmpty()) {
      return "off (tinta was started without its launcher, bin/tinta)";
    }
    if (setting.startsWith("off:")) {
      return "off (" + setting.substring(4) + ")";
    }
    String folder = System.getProperty(DaemonCommand.FOLDER_PROPERTY, "");
    if (folder.isEmpty()) {
      return "on";
    }
    try {
      List<Long> pids = Daemons.running(Path.of(folder)).stream().map(Daemons.Entry::pid).toList();
      return pids.isEmpty()
          ? "on (none running; the next build starts one)"
          : "on (running: pid "
              + pids.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + ")";
    } catch (IOException | RuntimeException e) {
      return "on";
    }
  }
}
