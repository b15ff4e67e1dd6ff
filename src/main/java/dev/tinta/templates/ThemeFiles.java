package dev.tinta.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
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
    if (root != null) {
      withPath(root, dir -> collect(dir, out));
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

  private interface PathAction {
    void run(Path dir) throws IOException;
  }

  private static void withPath(URL url, PathAction action) {
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        boolean opened = false;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
          opened = true;
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        try {
          action.run(fs.provider().getPath(uri));
        } finally {
          if (opened) {
            fs.close();
          }
        }
      } else {
        action.run(Path.of(uri));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default theme", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad theme location " + url, e);
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
