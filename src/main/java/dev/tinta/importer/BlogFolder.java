package dev.tinta.importer;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Reading the files of a Jekyll or Hugo blog folder. */
final class BlogFolder {
  private static final long MAX_FILE = 50L * 1024 * 1024;

  private BlogFolder() {}

  /** The folder's path of a file, with forward slashes. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  /** Every regular file below {@code dir}, sorted, that {@code keep} accepts. */
  static List<Path> files(Path dir, Predicate<Path> keep) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).filter(keep).sorted().toList();
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(dir.toString(), "cannot list the folder: " + e.getMessage()));
    }
  }

  static String text(Path root, Path file) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SiteException(Problem.inFile(relative(root, file), "the file is not UTF-8 text"));
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(relative(root, file), "cannot read the file: " + e.getMessage()));
    }
  }

  static byte[] bytes(Path root, Path file) {
    try {
      if (Files.size(file) > MAX_FILE) {
        throw new SiteException(
            Problem.inFile(relative(root, file), "larger than 50 MB; copy it by hand"));
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(relative(root, file), "cannot read the file: " + e.getMessage()));
    }
  }

  /** When the file was last changed. */
  static java.time.Instant modified(Path root, Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (IOException e) {
      throw new SiteException(
          Problem.inFile(relative(root, file), "cannot read the file's time: " + e.getMessage()));
    }
  }

  /** Whether a file name is a Markdown source. */
  static boolean markdown(String name) {
    return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown");
  }

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
