package dev.tinta.comments;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comments file's exact bytes with their parse, and what an append to them needs to know (line
 * count, line break, next free id), so that appending costs the new entries, not the whole file:
 * the bytes are kept in parts, an append adding one (and joining them all once every {@value
 * #MAX_PARTS} appends), so a post's file is not copied in memory on every write. Immutable: the
 * bytes are never handed out. A snapshot is the parse of its bytes, so it stays true for as long as
 * its file holds exactly these bytes, whoever wrote them.
 */
final class FileSnapshot {
  private static final Pattern NUMBERED_ID = Pattern.compile("c([0-9]{1,9})");

  /** Appends before the parts are joined into one array. */
  static final int MAX_PARTS = 32;

  /** The bytes, in order; neither the array nor the parts are ever changed. */
  private final byte[][] parts;

  private final int size;
  private final ParsedFile parsed;
  private final int lineCount;
  private final String newline;
  private final long nextNumber;
  private final boolean endsWithOwnEntry;

  private FileSnapshot(
      byte[][] parts,
      ParsedFile parsed,
      int lineCount,
      String newline,
      long nextNumber,
      boolean endsWithOwnEntry) {
    this.parts = parts;
    int n = 0;
    for (byte[] part : parts) {
      n = Math.addExact(n, part.length);
    }
    this.size = n;
    this.parsed = Objects.requireNonNull(parsed);
    this.lineCount = lineCount;
    this.newline = newline;
    this.nextNumber = nextNumber;
    this.endsWithOwnEntry = endsWithOwnEntry;
  }

  /**
   * The snapshot of {@code text} (the decoding of {@code bytes}) parsed as {@code parsed}; {@code
   * bytes} belongs to the snapshot from then on and must not be changed.
   */
  static FileSnapshot of(byte[] bytes, String text, ParsedFile parsed) {
    return of(bytes, text, parsed, false);
  }

  /**
   * The snapshot of {@code text}, which ends with entries just appended by {@link EntryWriter}, so
   * {@link #endsWithOwnEntry} holds.
   */
  static FileSnapshot appended(byte[] bytes, String text, ParsedFile parsed) {
    return of(bytes, text, parsed, true);
  }

  private static FileSnapshot of(
      byte[] bytes, String text, ParsedFile parsed, boolean endsWithOwnEntry) {
    long max = 0;
    for (ParsedEntry e : parsed.entries()) {
      Matcher m = NUMBERED_ID.matcher(e.comment().id());
      if (m.matches()) {
        max = Math.max(max, Long.parseLong(m.group(1)));
      }
    }
    return new FileSnapshot(
        new byte[][] {bytes},
        parsed,
        TextEdits.lineCount(text),
        TextEdits.newline(text),
        max + 1,
        endsWithOwnEntry);
  }

  /**
   * This snapshot with the entries {@code lines} appended ({@link #endsWithOwnEntry} must hold),
   * parsed as {@code after}; {@code nextNumber} is the next free id number after them.
   */
  FileSnapshot append(String lines, ParsedFile after, long nextNumber) {
    if (!endsWithOwnEntry) {
      throw new IllegalStateException("the text does not end with an entry of ours");
    }
    byte[][] next = Arrays.copyOf(parts, parts.length + 1);
    next[parts.length] = lines.getBytes(StandardCharsets.UTF_8);
    if (next.length > MAX_PARTS) {
      next = new byte[][] {joined(next)};
    }
    return new FileSnapshot(
        next, after, lineCount + TextEdits.lineCount(lines), newline, nextNumber, true);
  }

  ParsedFile parsed() {
    return parsed;
  }

  /** How many lines the text has, counting YAML 1.2 line breaks. */
  int lineCount() {
    return lineCount;
  }

  /** The file's line break: {@code \r\n} when it already uses it, else {@code \n}. */
  String newline() {
    return newline;
  }

  /** One more than the highest number {@code cN} in use, so ids never repeat. */
  long nextNumber() {
    return nextNumber;
  }

  /**
   * True when the text ends with entries {@link EntryWriter} wrote (each ending in a line break):
   * entries appended after them can be checked by parsing them alone ({@link
   * CommentFileParser#parseAppended}). A text read from disk is never taken to: a hand-written tail
   * (a document end marker, say) could change how appended lines read.
   */
  boolean endsWithOwnEntry() {
    return endsWithOwnEntry;
  }

  int size() {
    return size;
  }

  /** The text (the bytes were valid UTF-8 when the snapshot was made). */
  String text() {
    return new String(joined(parts), StandardCharsets.UTF_8);
  }

  /** True when {@code length} bytes of {@code chunk} from {@code from} equal ours at {@code at}. */
  boolean matches(byte[] chunk, int from, int length, int at) {
    if (at < 0 || length < 0 || at + length > size) {
      return false;
    }
    int start = 0;
    for (byte[] part : parts) {
      int end = start + part.length;
      if (length > 0 && at < end) {
        int n = Math.min(length, end - at);
        int in = at - start;
        if (!Arrays.equals(chunk, from, from + n, part, in, in + n)) {
          return false;
        }
        from += n;
        at += n;
        length -= n;
      }
      start = end;
    }
    return length == 0;
  }

  /** Writes the bytes to {@code out}, without copying them into one array. */
  void writeTo(WritableByteChannel out) throws IOException {
    for (byte[] part : parts) {
      ByteBuffer buffer = ByteBuffer.wrap(part);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    }
  }

  private static byte[] joined(byte[][] parts) {
    int n = 0;
    for (byte[] part : parts) {
      n = Math.addExact(n, part.length);
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
