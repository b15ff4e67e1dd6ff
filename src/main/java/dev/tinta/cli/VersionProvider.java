package dev.tinta.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code tinta --version}: tinta's version (from the jar manifest, or "development" when run from
 * classes), the Java that runs it, and whether the launcher's start-up cache is in use.
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
      "start-up cache: " + StartupCache.fromLauncher().describe()
    };
  }
}
