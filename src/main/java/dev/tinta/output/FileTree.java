package dev.tinta.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** File operations the writer needs: safe resolution, comparison, links, recursive delete. */
public final class FileTree {
  private FileTree() {}

  /** Resolves a relative output path below {@code root}, refusing anything that leaves it. */
  static Path inside(Path root, String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException("output path leaves the output folder: " + relative);
    }
    return p;
  }

  /**
   * Creates {@code file} with {@code bytes}, failing if it exists: one write call where {@link
   * Files#write} makes one per 8 kB.
   */
  static void writeNew(Path file, byte[] bytes) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  static boolean hasBytes(Path file, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != bytes.length) {
      return false;
    }
    return Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /**
   * Whether {@code file} (a copy tinta made earlier) holds the bytes of {@code source}. A copy that
   * carries the source's size and modification time is the same without reading either file (as
   * rsync decides); anything else is compared byte for byte.
   */
  static boolean sameContent(Path file, Path source) throws IOException {
    BasicFileAttributes copy;
    try {
      copy = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    BasicFileAttributes original = Files.readAttributes(source, BasicFileAttributes.class);
    if (!copy.isRegularFile() || copy.size() != original.size()) {
      return false;
    }
    if (copy.lastModifiedTime().equals(original.lastModifiedTime())) {
      return true;
    }
    return Files.mismatch(file, source) == -1L;
  }

  /**
   * Copies {@code source} to the new file {@code target} and gives the copy the source's
   * modification time, so that {@link #sameContent} can later tell it unchanged without reading it.
   * Only for a source last changed {@link #SETTLED} ago or more: any later change to it then gets a
   * later time, even on a file system that keeps whole seconds (or two, FAT). The copy of a source
   * changed just now gets a time just before the source's, which no later version of the source can
   * have (the copy's own time of writing could: file times come from a clock that moves in steps of
   * milliseconds), so it is compared byte for byte next time.
   */
  static void copyNew(Path source, Path target) throws IOException {
    // read before copying: a change while copying leaves the copy with an older time
    FileTime modified = Files.getLastModifiedTime(source);
    Files.copy(source, target);
    if (modified.toMillis() < System.currentTimeMillis() - SETTLED.toMillis()) {
      Files.setLastModifiedTime(target, modified);
    } else {
      Instant t = modified.toInstant();
      Files.setLastModifiedTime(target, FileTime.from(t.minusNanos(1)));
    }
  }

  /** How long a source must have been left alone before a copy carries its time. */
  static final Duration SETTLED = Duration.ofSeconds(3);

  /** Hard-links {@code target} to {@code existing}; false where the file system cannot. */
  static boolean link(Path target, Path existing) {
    try {
      Files.createLink(target, existing);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Deletes empty folders from {@code dir} up to, not including, {@code root}. */
  static void pruneEmptyParents(Path dir, Path root) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try (var entries = Files.list(d)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      }
      Files.delete(d);
    }
  }

  /** Deletes a folder and everything in it; links are deleted, never followed. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
