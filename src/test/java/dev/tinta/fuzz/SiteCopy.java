package dev.tinta.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A working copy of a site that a fuzz case may change, and that puts back exactly the paths the
 * case touched (a full copy per case would cost more than most builds).
 */
final class SiteCopy {
  private final Path dir;
  private final SortedMap<String, byte[]> pristine;
  private final Set<String> touched = new LinkedHashSet<>();

  private SiteCopy(Path dir, SortedMap<String, byte[]> pristine) {
    this.dir = dir;
    this.pristine = pristine;
  }

  /** Copies {@code site.yaml}, {@code content/} and {@code templates/} of {@code source}. */
  static SiteCopy of(Path source, Path dir) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("site.yaml", read(source.resolve("site.yaml")));
    for (String folder : List.of("content", "templates")) {
      files.putAll(tree(source, source.resolve(folder)));
    }
    SiteCopy copy = new SiteCopy(dir, files);
    files.forEach(copy::put);
    return copy;
  }

  Path dir() {
    return dir;
  }

  /** The site's original files, by relative path. */
  Set<String> paths() {
    return pristine.keySet();
  }

  /** The original files below {@code prefix} ending in one of {@code suffixes}. */
  List<String> paths(String prefix, String... suffixes) {
    List<String> out = new ArrayList<>();
    for (String p : pristine.keySet()) {
      if (p.startsWith(prefix) && (suffixes.length == 0 || endsWithAny(p, suffixes))) {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean endsWithAny(String p, String[] suffixes) {
    for (String s : suffixes) {
      if (p.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** The current bytes of a file, or of its original if this case has not changed it. */
  byte[] bytes(String path) {
    Path f = dir.resolve(path);
    if (touched.contains(path)) {
      return Files.isRegularFile(f) ? read(f) : new byte[0];
    }
    return pristine.getOrDefault(path, new byte[0]).clone();
  }

  /** Writes a file, creating its folders, and remembers to undo it. */
  void write(String path, byte[] bytes) {
    touch(path);
    Path f = dir.resolve(path);
    if (Files.isDirectory(f)) {
      deleteTree(f);
    }
    put(path, bytes);
  }

  /** Deletes a file or folder and remembers to undo it. */
  void delete(String path) {
    touch(path);
    deleteTree(dir.resolve(path));
  }

  /** Makes a folder (where a file may have been) and remembers to undo it. */
  void mkdir(String path) {
    touch(path);
    Path f = dir.resolve(path);
    try {
      if (Files.isRegularFile(f)) {
        Files.delete(f);
      }
      Files.createDirectories(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void touch(String path) {
    // the folders a write creates are undone too, deepest first (see restore)
    for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
      String parent = path.substring(0, i);
      if (!Files.exists(dir.resolve(parent))) {
        touched.add(parent);
      }
    }
    touched.add(path);
  }

  /** Puts back every path this case touched. */
  void restore() {
    List<String> paths = new ArrayList<>(touched);
    paths.sort(Comparator.comparingInt(String::length).reversed());
    for (String p : paths) {
      deleteTree(dir.resolve(p));
    }
    for (String p : touched) {
      // a touched folder (deleted, or made where a file was) gets back every file it held
      pristine.forEach(
          (path, original) -> {
            if (path.equals(p) || path.startsWith(p + "/")) {
              put(path, original);
            }
          });
    }
    touched.clear();
  }

  private void put(String path, byte[] bytes) {
    Path f = dir.resolve(path);
    try {
      Files.createDirectories(f.getParent());
      Files.write(f, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 over every path and byte below {@code root} (folders included), or "absent". */
  static String hash(Path root) {
    if (!Files.exists(root)) {
      return "absent";
    }
    try (Stream<Path> walk = Files.walk(root)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : walk.sorted().toList()) {
        String name = root.relativize(f).toString().replace('\\', '/');
        boolean folder = Files.isDirectory(f);
        sha.update(
            (name + (folder ? "/\n" : "\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!folder) {
          byte[] b = Files.readAllBytes(f);
          sha.update(Long.toString(b.length).getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update(b);
        }
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
        f.toFile().setWritable(true);
        Files.delete(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> tree(Path root, Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (!rel.contains("/.")) {
          files.put(rel, read(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static byte[] read(Path f) {
    try {
      return Files.readAllBytes(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
