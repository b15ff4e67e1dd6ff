package dev.tinta.output;

import dev.tinta.model.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a whole site so that a failure never leaves the output folder half-written: the site is
 * written into a sibling folder, then swapped in with renames. Files whose bytes did not change
 * are hard-linked from the previous build, so they keep their modification time and deploy tools
 * (rsync, S3 sync) see only real changes.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /**
   * What a write did.
   *
   * @param written files with new or changed bytes
   * @param unchanged files carried over from the previous build
   */
  public record Result(int written, int unchanged) {
    public int total() {
      return written + unchanged;
    }
  }

  /** Writes {@code files} as the new content of {@code outputDir}, replacing what was there. */
  public static Result write(Path outputDir, List<OutputFile> files) {
    Path out = outputDir.toAbsolutePath().normalize();
    Path staging = out.resolveSibling("." + out.getFileName() + ".new");
    Path previous = out.resolveSibling("." + out.getFileName() + ".old");
    try {
      recover(out, previous);
      FileTree.delete(staging);
      Files.createDirectories(staging);
      checkUnique(files);
      AtomicInteger written = new AtomicInteger();
      AtomicInteger unchanged = new AtomicInteger();
      files.parallelStream().forEach(f -> {
        if (place(f, staging, out)) {
          written.incrementAndGet();
        } else {
          unchanged.incrementAndGet();
        }
      });
      swap(out, staging, previous);
      return new Result(written.get(), unchanged.get());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the site to " + out + ": " + e.getMessage(), e);
    }
  }

  /** A crash between the two renames of a swap left the last good site at {@code previous}. */
  private static void recover(Path out, Path previous) throws IOException {
    if (!Files.exists(out) && Files.isDirectory(previous)) {
      Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE);
    }
    FileTree.delete(previous);
  }

  private static void swap(Path out, Path staging, Path previous) throws IOException {
    if (Files.exists(out)) {
      Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    FileTree.delete(previous);
  }

  private static void checkUnique(List<OutputFile> files) {
    Set<String> seen = new HashSet<>();
    for (OutputFile f : files) {
      if (!seen.add(f.path())) {
        throw new IllegalStateException("two outputs for " + f.path());
      }
    }
  }

  /** Puts one file into the staging folder; false when it was linked unchanged. */
  private static boolean place(OutputFile file, Path staging, Path out) {
    Path target = FileTree.inside(staging, file.path());
    Path old = FileTree.inside(out, file.path());
    try {
      Files.createDirectories(target.getParent());
      if (file instanceof OutputFile.Generated g) {
        if (FileTree.hasBytes(old, g.bytes()) && FileTree.link(target, old)) {
          return false;
        }
        Files.write(target, g.bytes(), StandardOpenOption.CREATE_NEW);
      } else if (file instanceof OutputFile.Copied c) {
        if (FileTree.sameContent(old, c.source()) && FileTree.link(target, old)) {
          return false;
        }
        Files.copy(c.source(), target);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("two outputs for " + file.path(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }
}
