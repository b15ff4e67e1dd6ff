package dev.tinta.templates;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 bytes as it goes, for pages that end up on disk: one
 * encoding pass over each piece, instead of a {@code StringBuilder} (which widens to two bytes a
 * character at the first non-Latin-1 one), its {@code toString()} copy and a {@code getBytes} pass
 * over the whole page. Unsynchronized: one page is rendered by one thread. A surrogate pair split
 * between two writes is joined; an unpaired surrogate becomes {@code ?}, as {@link String#getBytes}
 * would make it.
 */
final class Utf8Writer extends Writer {
  /** Strings at least this long are encoded in bulk by {@link String#getBytes}. */
  private static final int BULK = 32;

  private byte[] buf;
  private int size;
  private char highSurrogate;
  private char[] scratch = new char[256];

  Utf8Writer(int capacity) {
    buf = new byte[capacity];
  }

  @Override
  public void write(String text) {
    if (highSurrogate == 0) {
      byte[] encoded = bulk(text);
      if (encoded != null) {
        ensure(encoded.length);
        System.arraycopy(encoded, 0, buf, size, encoded.length);
        size += encoded.length;
        return;
      }
    }
    write(text, 0, text.length());
  }

  /**
   * The bytes of a text long enough to encode in one go, or null: a short one, or one ending in
   * half a surrogate pair (which may pair with what is written next).
   */
  private static byte[] bulk(String text) {
    int n = text.length();
    return n >= BULK && !Character.isHighSurrogate(text.charAt(n - 1))
        ? text.getBytes(StandardCharsets.UTF_8)
        : null;
  }

  @Override
  public void write(String text, int offset, int length) {
    // copied out first: an array loop is much cheaper than charAt before C2 compiles it
    if (scratch.length < length) {
      scratch = new char[Math.max(length, scratch.length * 2)];
    }
    text.getChars(offset, offset + length, scratch, 0);
    write(scratch, 0, length);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length * 3 + 3);
    // ASCII stored in this loop (most of a page: template text, tags, attributes); anything
    // else, or a character after half a surrogate pair, goes through put()
    byte[] b = buf;
    int s = size;
    boolean pending = highSurrogate != 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && !pending) {
        b[s++] = (byte) c;
        continue;
      }
      size = s;
      put(c);
      s = size;
      b = buf;
      pending = highSurrogate != 0;
    }
    size = s;
  }

  @Override
  public void write(int c) {
    ensure(4);
    put((char) c);
  }

  @Override
  public Writer append(CharSequence text) {
    write(String.valueOf(text));
    return this;
  }

  /** Appends one character; the caller has made room for 3 bytes (4 for a completed pair). */
  private void put(char c) {
    if (highSurrogate != 0) {
      char high = highSurrogate;
      highSurrogate = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        buf[size++] = (byte) (0xF0 | (cp >> 18));
        buf[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[size++] = (byte) (0x80 | (cp & 0x3F));
        return;
      }
      buf[size++] = '?';
      ensure(3);
    }
    if (c < 0x80) {
      buf[size++] = (byte) c;
    } else if (c < 0x800) {
      buf[size++] = (byte) (0xC0 | (c >> 6));
      buf[size++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isHighSurrogate(c)) {
      highSurrogate = c;
      ensure(1);
    } else if (Character.isLowSurrogate(c)) {
      buf[size++] = '?';
    } else {
      buf[size++] = (byte) (0xE0 | (c >> 12));
      buf[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      buf[size++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The bytes written; an unpaired high surrogate at the very end becomes {@code ?}. */
  byte[] toByteArray() {
    if (highSurrogate != 0) {
      highSurrogate = 0;
      ensure(1);
      buf[size++] = '?';
    }
    return Arrays.copyOf(buf, size);
  }
}
