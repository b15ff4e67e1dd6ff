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
    Map<String, byte[]> out = new TreeMap<>();
    URL root = ThemeFiles.class.getResource(RESOURCE_ROOT + "/" + sub);
    try {
      if (root == null) {
        // not packaged with the theme: nothing of this kind in the default theme
      } else if ("jar".equals(root.getProtocol())) {
        collectJar(root, out);
      } else {
        collect(Path.of(root.toURI()), out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default theme", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad theme location " + root, e);
    }
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
