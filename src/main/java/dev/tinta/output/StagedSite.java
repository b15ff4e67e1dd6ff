package dev.tinta.output;

import dev.tinta.model.OutputFile;
import dev.tinta.problem.FileAccess;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
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

  /**
   * Prepares an empty staging folder beside {@code outputDir}.
   *
   * @throws SiteException when the output folder is a file, or the system refuses the folders
   */
  public static StagedSite open(Path outputDir) {
    Path out = outputDir.toAbsolutePath().normalize();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      // the swap would replace the user's file with the site (#11)
      throw new SiteException(
          Problem.inFile(out.toString(), "is a file; tinta needs this name for the built site")
              .withHint("move the file away, or pass --output DIR"));
    }
    for (Path p = out.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p) && !Files.isDirectory(p)) {
        throw new SiteException(
            Problem.inFile(
                    p.toString(), "is a file, where the output folder " + out + " needs a folder")
                .withHint("pass --output DIR"));
      }
    }
    if (Files.isDirectory(out) && !Files.isWritable(out)) {
      // the swap deletes the last build: without this check the new site would go in and the old
      // one stay beside it, undeletable
      throw new SiteException(
          FileAccess.problem(
                  out.toString(), "cannot write", new AccessDeniedException(out.toString()))
              .withHint("tinta replaces this folder with each build: it must be writable"));
    }
    try {
      recover(out, sibling(out, "old"));
    } catch (IOException e) {
      throw new SiteException(
          WriteFailure.problem("cannot recover the last build", sibling(out, "old"), e));
    }
    StagedSite site = new StagedSite(out);
    try {
      FileTree.delete(site.staging);
      Files.createDirectories(site.staging);
    } catch (IOException e) {
      Problem problem = WriteFailure.problem("cannot create", site.staging, e);
      throw new SiteException(
          e instanceof java.nio.file.AccessDeniedException
              ? problem.withHint(
                  "tinta builds the new site in this folder beside "
                      + out.getFileName()
                      + ", then swaps it in: the folder above it must be writable")
              : problem);
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
    } catch (IOException e) {
      throw WriteFailure.of(out, staging, file, target, e);
    }
  }

  /** Swaps the new site in; the old one is deleted. */
  public SiteWriter.Result commit() {
    try {
      if (Files.exists(out)) {
        Files.move(out, previous, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new SiteException(WriteFailure.problem("cannot swap in the new site", out, e));
    }
    try {
      FileTree.delete(previous);
    } catch (IOException e) {
      throw new SiteException(
          WriteFailure.problem("cannot delete the last build", previous, e)
              .withHint("the new site is in place; delete " + previous + " by hand"));
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
