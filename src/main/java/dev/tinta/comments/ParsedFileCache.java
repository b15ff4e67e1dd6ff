package dev.tinta.comments;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.text.Utf8;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parse of each of a few comment files, kept and reused while the file holds exactly the bytes
 * that were parsed: a busy post's file is read on every write and lookup, but parsed once.
 *
 * <p>Validity is decided by the bytes, not by the file's attributes. Size, modification time and
 * file key (inode) can all stay the same across a change: the time comes from a clock that moves in
 * ticks (a few milliseconds on Linux, a second or two on some file systems, the server's clock over
 * NFS), so two writes within one tick get the same time; our rename frees an inode number that the
 * next file written may get again; and {@code approved} and {@code rejected} have the same length.
 * Comparing the bytes costs one read of the file into a small buffer, without decoding or parsing:
 * a fraction of the fsync every write of the file costs anyway.
 *
 * <p>Two versions are kept per file: a writer remembers the content it is about to rename over the
 * file beside the content it replaces, so a reader finds its parse on either side of the rename.
 */
final class ParsedFileCache {
  /** Bytes compared at a time: small, as a buffer is made for every read. */
  private static final int CHUNK = 16 * 1024;

  private final CommentFileParser parser;

  /** Each file's newest known content first, then the one before it, if any. */
  private final Map<Path, List<FileSnapshot>> files;

  /**
   * @param capacity how many files are remembered, the least recently used going first
   */
  ParsedFileCache(CommentFileParser parser, int capacity) {
    this.parser = parser;
    this.files =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Path, List<FileSnapshot>> eldest) {
            return size() > capacity;
          }
        };
  }

  /**
   * The file as it is now, with its parse (which may hold problems); empty when it does not exist.
   * Parses only when the bytes differ from those of both versions remembered for the file.
   *
   * @param name the file's name in problems, relative to the site
   * @throws SiteException when the file cannot be read or is not UTF-8
   */
  Optional<FileSnapshot> read(Path file, String name, String slug) {
    List<FileSnapshot> known;
    synchronized (files) {
      known = files.getOrDefault(file, List.of());
    }
    byte[] bytes;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (FileSnapshot candidate : known) {
        if (holds(channel, candidate)) {
          return Optional.of(candidate);
        }
      }
      bytes = readAll(channel);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new SiteException(Problem.inFile(name, "cannot read the file: " + e));
    }
    String text =
        Utf8.decode(bytes)
            .orElseThrow(
                () -> new SiteException(Problem.inFile(name, "the file is not valid UTF-8 text")));
    FileSnapshot parsed = FileSnapshot.of(bytes, text, parser.parse(name, slug, text));
    if (parsed.parsed().ok()) {
      synchronized (files) {
        List<FileSnapshot> now = files.getOrDefault(file, List.of());
        files.put(file, now.isEmpty() ? List.of(parsed) : List.of(parsed, now.get(0)));
      }
    }
    return Optional.of(parsed);
  }

  /**
   * Remembers that {@code file}, which holds {@code before}, is about to hold {@code after} (called
   * under the file's lock, before the rename; should the write fail, {@code after} is simply never
   * found on disk).
   */
  void remember(Path file, FileSnapshot before, FileSnapshot after) {
    if (!before.parsed().ok() || !after.parsed().ok()) {
      throw new IllegalArgumentException("only a parse without problems is remembered");
    }
    synchronized (files) {
      files.put(file, List.of(after, before));
    }
  }

  /** True when the channel's content, from its start to its end, is the snapshot's bytes. */
  private static boolean holds(FileChannel channel, FileSnapshot known) throws IOException {
    if (channel.size() != known.size()) {
      return false;
    }
    channel.position(0);
    ByteBuffer buffer = ByteBuffer.allocate(Math.max(1, Math.min(CHUNK, known.size())));
    int at = 0;
    while (true) {
      buffer.clear();
      int n = channel.read(buffer);
      if (n < 0) {
        return at == known.size();
      }
      if (!known.matches(buffer.array(), 0, n, at)) {
        return false;
      }
      at += n;
    }
  }

  private static byte[] readAll(FileChannel channel) throws IOException {
    channel.position(0);
    // not closed here: closing the stream would close the channel its caller closes
    return Channels.newInputStream(channel).readAllBytes();
  }
}
