package dev.tinta.templates;

import java.io.Writer;

/**
 * A {@link Writer} into an unsynchronized {@link StringBuilder}: one page is rendered by one
 * thread, so {@link java.io.StringWriter}'s locking on every write is wasted.
 */
final class StringBuilderWriter extends Writer {
  private final StringBuilder out;

  StringBuilderWriter(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    out.append(buffer, offset, length);
  }

  @Override
  public void write(String text) {
    out.append(text);
  }

  @Override
  public void write(String text, int offset, int length) {
    out.append(text, offset, offset + length);
  }

  @Override
  public void write(int c) {
    out.append((char) c);
  }

  @Override
  public Writer append(CharSequence text) {
    out.append(text);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}
