package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.output.FileTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/** Test helpers for whole folders: read, compare byte for byte, copy, delete. */
public final class FileTrees {
  private FileTrees() {}

  /** Every regular file below {@code root} by its relative path (forward slashes), sorted. */
  public static SortedMap<String, byte[]> read(Path root) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * Asserts that two folders hold the same file names with the same bytes. Every differing file is
   * reported, text files with a readable diff.
   */
  public static void assertSameFiles(Path expected, Path actual) {
    assertSameFiles(read(expected), read(actual));
  }

  /** Same as {@link #assertSameFiles(Path, Path)} on folders already read. */
  public static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).as("file list").containsExactlyElementsOf(expected.keySet());
    SoftAssertions soft = new SoftAssertions();
    for (var e : expected.entrySet()) {
      byte[] want = e.getValue();
      byte[] got = actual.get(e.getKey());
      soft.assertThat(new String(got, StandardCharsets.UTF_8))
          .as(e.getKey())
          .isEqualTo(new String(want, StandardCharsets.UTF_8));
      soft.assertThat(got).as(e.getKey() + " (bytes)").isEqualTo(want);
    }
    soft.assertAll();
  }

  /** Copies a folder tree. */
  public static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder tree, if it exists. */
  public static void delete(Path root) {
    try {
      FileTree.delete(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The relative names of every entry (files and folders) below {@code root}, sorted. */
  public static List<String> names(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      List<String> out = new ArrayList<>();
      walk.filter(p -> !p.equals(root))
          .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
      out.sort(null);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
