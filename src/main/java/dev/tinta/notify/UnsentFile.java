package dev.tinta.notify;

import dev.tinta.comments.CommentRef;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The comments not yet mailed, one {@code SLUG/ID} a line, so that a restart of the server does not
 * forget them. Rewritten whole (temporary file, fsync, rename) whenever the list changes.
 */
final class UnsentFile {
  private final Path file;

  UnsentFile(Path file) {
    this.file = file;
  }

  /** The comments listed; none when the file does not exist. Lines that name none are skipped. */
  List<CommentRef> read() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<CommentRef> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      CommentRef.parse(line.strip()).ifPresent(out::add);
    }
    return out;
  }

  /** Replaces the list; an empty list removes the file. */
  void write(Collection<CommentRef> refs) throws IOException {
    if (refs.isEmpty()) {
      Files.deleteIfExists(file);
      return;
    }
    StringBuilder text = new StringBuilder();
    refs.forEach(r -> text.append(r).append('\n'));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling("." + file.getFileName() + ".new");
    Files.writeString(temp, text, StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
