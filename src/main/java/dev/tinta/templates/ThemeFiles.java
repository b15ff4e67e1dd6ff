package dev.tinta.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files of a theme folder: the site's {@code templates/} over the default theme packaged in the
 * jar, merged file by file (the site's copy wins).
 */
final class ThemeFiles {
  /** Where the default theme lives on the class path. */
  static final String RESOURCE_ROOT = "/dev/tinta/theme";

  private ThemeFiles() {}

  /**
   * Every file below {@code sub} ({@code "static"}, {@code "layouts"}), by its path relative to
   * {@code sub}, as bytes.
   */
  static Map<String, byte[]> list(Path siteTemplates, String sub) {
    Map<String, byte[]> out = new TreeMap<>(Packaged.FILES.getOrDefault(sub, Map.of()));
    Path own = siteTemplates.resolve(sub);
    if (Files.isDirectory(own)) {
      try {
        collect(own, out);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + own, e);
      }
    }
    return out;
  }

  /**
   * The default theme's files, read once per JVM (they are part of its class path, which does not
   * change under it: a build daemon stops when its jar is replaced), by folder ({@code layouts},
   * {@code static}...) and then by path relative to that folder. One pass over the jar's entries,
   * not one per folder: the jar has some 10,000 of them.
   */
  private static final class Packaged {
    static final Map<String, Map<String, byte[]>> FILES = load();

    private static Map<String, Map<String, byte[]>> load() {
      URL root = ThemeFiles.class.getResource(RESOURCE_ROOT);
      Map<String, byte[]> all = new TreeMap<>();
      try {
        if (root == null) {
          // not packaged with the theme
        } else if ("jar".equals(root.getProtocol())) {
          collectJar(root, all);
        } else {
          collect(Path.of(root.toURI()), all);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the default theme", e);
      } catch (URISyntaxException e) {
        throw new IllegalStateException("bad theme location " + root, e);
      }
      Map<String, Map<String, byte[]>> byFolder = new TreeMap<>();
      all.forEach(
          (path, bytes) -> {
            int slash = path.indexOf('/');
            if (slash > 0) {
              byFolder
                  .computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                  .put(path.substring(slash + 1), bytes);
            }
          });
      byFolder.replaceAll((k, v) -> Collections.unmodifiableMap(v));
      return Collections.unmodifiableMap(byFolder);
    }
  }

  /**
   * The files below a folder of the jar, read through {@link JarFile}, which shares the index of
   * the jar the class loader has already read (a zip file system would read and index it again,
   * about 30 ms of start-up for every build).
   */
  private static void collectJar(URL root, Map<String, byte[]> out)
      throws IOException, URISyntaxException {
    JarURLConnection connection = (JarURLConnection) root.openConnection();
    String folder = connection.getEntryName();
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    try (JarFile jar = new JarFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
      for (JarEntry e : Collections.list(jar.entries())) {
        if (!e.isDirectory() && e.getName().startsWith(prefix)) {
          try (InputStream in = jar.getInputStream(e)) {
            out.put(e.getName().substring(prefix.length()), in.readAllBytes());
          }
        }
      }
    }
  }

  private static void collect(Path dir, Map<String, byte[]> out) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = dir.relativize(f).toString().replace('\\', '/');
        out.put(rel, Files.readAllBytes(f));
      }
    }
  }
}
