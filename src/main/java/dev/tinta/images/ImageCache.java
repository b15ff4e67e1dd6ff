package dev.tinta.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Variants already made, one file each, named by the content hash of their source and their width:
 * {@code <sha-256>-<width>.<ext>}. A name always means the same bytes, so an entry is never stale;
 * entries are written whole (a temporary file, then a rename), so a build stopped half-way, or two
 * builds at once, never leave a partial one. Deleting the folder only costs time.
 */
final class ImageCache {
  private static final AtomicLong TEMP_NUMBERS = new AtomicLong();

  private final Path dir;
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger made = new AtomicInteger();

  ImageCache(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path file(String hash, int width, ImageFormat format) {
    return dir.resolve(hash + "-" + width + "." + format.extension());
  }

  /** Whether the entry exists; counts it as reused when it does. */
  boolean has(Path entry) {
    boolean has = Files.isRegularFile(entry);
    if (has) {
      reused.incrementAndGet();
    }
    return has;
  }

  /** Stores a new entry whole. */
  void put(Path entry, byte[] bytes) throws IOException {
    Files.createDirectories(dir);
    // not Files.createTempFile: its owner-only permissions would be copied into the site
    Path temp =
        dir.resolve(
            ".new-"
                + ProcessHandle.current().pid()
                + "-"
                + TEMP_NUMBERS.incrementAndGet()
                + "-"
                + entry.getFileName());
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    made.incrementAndGet();
  }

  int reused() {
    return reused.get();
  }

  int made() {
    return made.get();
  }
}
