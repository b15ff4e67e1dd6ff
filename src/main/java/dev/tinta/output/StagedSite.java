package dev.tinta.output;

import dev.tinta.model.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new site being written beside the output folder ({@code .site-output.new}): files are placed
 * while they are rendered, from many threads, and {@link #commit()} swaps the folder in with two
 * renames. Until then the output folder keeps the last good build; {@link #discard} removes the
 * half-written copy. Unchanged files are hard-linked from the last build.
 */
public final class StagedSite {
  private final Path out;
  private final Path staging;
  private final Path previous;
  private final Set<String> placed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicInteger unchanged = new AtomicInteger();

  /** Whether there is a last build to compare with: a first or clean build skips the lookups. */
  private final boolean hasPrevious;

  private StagedSite(Path out) {
    this.out = out;
    this.staging = sibling(out, "new");
    this.previous = sibling(out, "old");
    this.hasPrevious = Files.isDirectory(out);
  }

  private static Path sibling(Path out, String suffix) {
    return out.resolveSibling("." + out.getFileName() + "." + suffix);
  }

  /** Prepares an empty staging folder beside {@code outputDir}. */
  public static StagedSite open(Path outputDir) {
    Path out = outputDir.toAbsolutePath().normalize();
    try {
      recover(out, sibling(out, "old"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover " + out + ": " + e.getMessage(), e);
    }
    StagedSite site = new StagedSite(out);
    try {
      FileTree.delete(site.staging);
      Files.createDirectories(site.staging);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + site.staging + ": " + e.getMessage(), e);
    }
    return site;
  }

  /** Puts one file into the new site; thread-safe. Two files for one path are a bug. */
  public void place(OutputFile file) {
    if (!placed.add(file.path())) {
      throw new IllegalStateException("two outputs for " + file.path());
    }
    Path target = FileTree.inside(staging, file.path());
    Path old = FileTree.inside(out, file.path());
    try {
      Files.createDirectories(target.getParent());
      if (file instanceof OutputFile.Generated g) {
        if (hasPrevious && FileTree.hasBytes(old, g.bytes()) && FileTree.link(target, old)) {
          unchanged.incrementAndGet();
          return;
        }
        FileTree.writeNew(target, g.bytes());
      } else if (file instanceof OutputFile.Copied c) {
        if (hasPrevious && FileTree.sameContent(old, c.source()) && FileTree.link(target, old)) {
          unchanged.incrementAndGet();
          return;
        }
        FileTree.copyNew(c.source(), target);
      }
      written.incrementAndGet();
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException("two outputs for " + file.path(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  /** Swaps the new site in; the old one is deleted. */
  public SiteWriter.Result commit() {
    try {
      if (Files.exists(out)) {
        Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
      FileTree.delete(previous);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot swap in " + out + ": " + e.getMessage(), e);
    }
    return new SiteWriter.Result(written.get(), unchanged.get());
  }

  /** Removes the half-written copy; the output folder stays as it was. */
  public void discard(RuntimeException cause) {
    try {
      FileTree.delete(staging);
    } catch (IOException | UncheckedIOException e) {
      cause.addSuppressed(e);
    }
  }

  /** A crash between the two renames of a swap left the last good site at {@code previous}. */
  /** Puts back the last good site if a crash left it only as the ".old" folder. */
  private static void recover(Path out, Path previous) throws IOException {
    if (!Files.exists(out) && Files.isDirectory(previous)) {
      Files.move(previous, out, StandardCopyOption.ATOMIC_MOVE);
    }
    FileTree.delete(previous);
  }
}
