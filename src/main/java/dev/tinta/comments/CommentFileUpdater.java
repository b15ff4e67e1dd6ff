package dev.tinta.comments;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Read-modify-write of one comments file that never loses or garbles data: an exclusive lock on
 * {@code .<name>.lock} beside the file is held for the whole update, so a second writer (another
 * thread or process) waits; the new content goes to a temp file in the same folder, is forced to
 * disk and then renamed over the old one atomically.
 */
final class CommentFileUpdater {
  /** What an edit decided: the new text (empty: leave the file as it is) and a result. */
  record Edit<T>(Optional<String> text, T result) {}

  /** What an edit decided: the new content (empty: leave the file as it is) and a result. */
  record Replacement<T>(Optional<FileSnapshot> content, T result) {}

  /** Content to write: a text, or a snapshot's bytes. */
  private interface Content {
    void writeTo(FileChannel out) throws IOException;
  }

  private record Written<T>(Optional<Content> content, T result) {}

  private static final long LOCK_RETRY_MILLIS = 5;

  private final Runnable beforeRename;

  /**
   * @param beforeRename runs after the temp file is written and forced, before the rename
   */
  CommentFileUpdater(Runnable beforeRename) {
    this.beforeRename = beforeRename;
  }

  CommentFileUpdater() {
    this(() -> {});
  }

  /**
   * Locks {@code file}, reads it (empty when it does not exist yet), applies {@code edit} and
   * writes the result atomically.
   *
   * @param name the file's name in problems, relative to the site
   * @throws SiteException from the edit, or when the file cannot be read or written
   */
  <T> T update(Path file, String name, Function<Optional<String>, Edit<T>> edit) {
    return locked(
        file,
        name,
        () -> {
          Edit<T> result = edit.apply(CommentFiles.read(file, name));
          return new Written<>(result.text().map(CommentFileUpdater::text), result.result());
        });
  }

  /**
   * Locks {@code file}, runs {@code edit} (which reads the file itself, as a snapshot) and writes
   * the content it returns atomically.
   *
   * @param name the file's name in problems, relative to the site
   * @throws SiteException from the edit, or when the file cannot be read or written
   */
  <T> T replace(Path file, String name, Supplier<Replacement<T>> edit) {
    return locked(
        file,
        name,
        () -> {
          Replacement<T> result = edit.get();
          return new Written<>(result.content().map(c -> (Content) c::writeTo), result.result());
        });
  }

  private <T> T locked(Path file, String name, Supplier<Written<T>> edit) {
    Path dir = file.getParent();
    Path lockFile = dir.resolve("." + file.getFileName() + ".lock");
    try {
      Files.createDirectories(dir);
      try (FileChannel lockChannel =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = acquire(lockChannel);
        try {
          Written<T> result = edit.get();
          if (result.content().isPresent()) {
            write(file, result.content().get());
          }
          return result.result();
        } finally {
          lock.release();
        }
      }
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(name, "cannot write the file: " + describe(e)));
    }
  }

  private static Content text(String text) {
    return out -> {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        out.write(bytes);
      }
    };
  }

  /**
   * Blocks until the lock is ours. Another process makes {@link FileChannel#lock()} wait; another
   * thread of this JVM makes it throw {@link OverlappingFileLockException}, so we retry.
   */
  private static FileLock acquire(FileChannel channel) throws IOException {
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        try {
          Thread.sleep(LOCK_RETRY_MILLIS);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the lock");
        }
      }
    }
  }

  private void write(Path file, Content content) throws IOException {
    Path dir = file.getParent();
    Path temp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    boolean renamed = false;
    try {
      try (FileChannel out =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        content.writeTo(out);
        out.force(true);
      }
      keepPermissions(file, temp);
      beforeRename.run();
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      renamed = true;
      forceDirectory(dir);
    } finally {
      if (!renamed) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void keepPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (source != null && Files.exists(from)) {
      Files.getFileAttributeView(to, PosixFileAttributeView.class)
          .setPermissions(source.readAttributes().permissions());
    }
  }

  /** Makes the rename itself durable where the platform allows syncing a directory. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // Windows cannot open a directory; the rename is still atomic, just not yet durable
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AtomicMoveNotSupportedException) {
      return "this file system cannot replace files atomically";
    }
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return e.getClass().getSimpleName() + message;
  }
}
