package dev.tinta.pipeline;

import dev.tinta.images.ImageResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the images of the site folder were found to be, kept from one build to the next by the dev
 * server so that a rebuild reads again only the images that changed: an entry holds while the
 * watcher reported no change to its file and the file's size and modification time are the same.
 * Thread-safe.
 */
final class ImageMemo {
  private record Entry(long size, FileTime modified, ImageResult result) {}

  /** By the file's path relative to the site folder. */
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  /** A memo with the entries of {@code previous} that {@code changes} left valid. */
  static ImageMemo after(Optional<ImageMemo> previous, Changes changes) {
    ImageMemo memo = new ImageMemo();
    if (previous.isPresent() && !changes.everything()) {
      previous
          .get()
          .entries
          .forEach(
              (file, entry) -> {
                if (!touched(file, changes.files())) {
                  memo.entries.put(file, entry);
                }
              });
    }
    return memo;
  }

  private static boolean touched(String file, Set<String> changed) {
    for (String c : changed) {
      if (file.equals(c) || file.startsWith(c + "/") || c.isEmpty() || c.equals(".")) {
        return true;
      }
    }
    return false;
  }

  /** What {@code file} was found to be, if it has not changed since. */
  Optional<ImageResult> get(String file, Path path) {
    Entry e = entries.get(file);
    if (e == null) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
      boolean same = now.size() == e.size() && now.lastModifiedTime().equals(e.modified());
      boolean cached =
          !(e.result() instanceof ImageResult.Sized s)
              || s.variants().stream().allMatch(v -> Files.isRegularFile(v.file()));
      return same && cached ? Optional.of(e.result()) : Optional.empty();
    } catch (IOException ex) {
      return Optional.empty();
    }
  }

  /** Remembers what {@code file} was found to be, with its size and time before it was read. */
  void put(String file, BasicFileAttributes before, ImageResult result) {
    entries.put(file, new Entry(before.size(), before.lastModifiedTime(), result));
  }
}
