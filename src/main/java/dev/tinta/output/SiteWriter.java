package dev.tinta.output;

import dev.tinta.model.OutputFile;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a whole site so that a failure never leaves the output folder half-written: the site is
 * written into a sibling folder, then swapped in with renames. Files whose bytes did not change are
 * hard-linked from the previous build, so they keep their modification time and deploy tools
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

  /** {@link #write(Path, List, Workers)} in the calling thread. */
  public static Result write(Path outputDir, List<OutputFile> files) {
    return write(outputDir, files, Workers.inline());
  }

  /**
   * Writes {@code files} as the new content of {@code outputDir}, replacing what was there, on
   * {@code workers}.
   */
  public static Result write(Path outputDir, List<OutputFile> files, Workers workers) {
    StagedSite staged = StagedSite.open(outputDir);
    // Failures are collected, not thrown from the loop: a thrown exception returns while
    // other threads still write into the staging folder, which could then not be removed.
    List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
    workers.forEach(
        files,
        f -> {
          try {
            staged.place(f);
          } catch (RuntimeException e) {
            failures.add(e);
          }
        });
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      staged.discard(first);
      throw first;
    }
    return staged.commit();
  }

  /**
   * Updates {@code outputDir} in place from {@code previous} (what it holds now) to {@code next}:
   * writes only files whose bytes changed, each atomically (temporary file, then rename), and
   * deletes files that are gone. For the dev server, where a swap of the whole folder per edit
   * would cost more than the edit. Runs on {@code workers}.
   */
  public static Result update(
      Path outputDir, List<OutputFile> previous, List<OutputFile> next, Workers workers) {
    Path out = outputDir.toAbsolutePath().normalize();
    checkUnique(next);
    Map<String, OutputFile> old = new HashMap<>();
    previous.forEach(f -> old.put(f.path(), f));
    AtomicInteger written = new AtomicInteger();
    workers.forEach(
        next,
        f -> {
          if (!unchanged(old.get(f.path()), f, out)) {
            replace(out, f);
            written.incrementAndGet();
          }
        });
    Set<String> keep = new HashSet<>();
    next.forEach(f -> keep.add(f.path()));
    try {
      for (OutputFile f : previous) {
        if (!keep.contains(f.path())) {
          Path gone = FileTree.inside(out, f.path());
          Files.deleteIfExists(gone);
          FileTree.pruneEmptyParents(gone.getParent(), out);
        }
      }
    } catch (IOException e) {
      throw new SiteException(WriteFailure.problem("cannot delete an old file of", out, e));
    }
    return new Result(written.get(), next.size() - written.get());
  }

  private static boolean unchanged(OutputFile before, OutputFile now, Path out) {
    if (before instanceof OutputFile.Generated b && now instanceof OutputFile.Generated n) {
      return b.bytes() == n.bytes() || java.util.Arrays.equals(b.bytes(), n.bytes());
    }
    if (before instanceof OutputFile.Copied && now instanceof OutputFile.Copied c) {
      try {
        return FileTree.sameContent(FileTree.inside(out, now.path()), c.source());
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  private static void replace(Path out, OutputFile file) {
    Path target = FileTree.inside(out, file.path());
    try {
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".tinta-", ".tmp");
      try {
        if (file instanceof OutputFile.Generated g) {
          Files.write(temp, g.bytes());
        } else if (file instanceof OutputFile.Copied c) {
          Files.delete(temp);
          FileTree.copyNew(c.source(), temp);
        }
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new SiteException(WriteFailure.problem("cannot write", target, e));
    }
  }

  private static void checkUnique(List<OutputFile> files) {
    Set<String> seen = new HashSet<>();
    for (OutputFile f : files) {
      if (!seen.add(f.path())) {
        throw new IllegalStateException("two outputs for " + f.path());
      }
    }
  }
}
