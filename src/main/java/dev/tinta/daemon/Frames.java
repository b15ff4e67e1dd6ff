package dev.tinta.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The daemon's answer stream: text written to the two {@link Writer}s of {@link #out()} and {@link
 * #err()} goes to the client as frames, a line at a time ({@code o}/{@code e}), or what there is of
 * a line when flushed ({@code O}/{@code E}); then the exit code. A client that went away is
 * remembered, not an error: the build goes on and its output is dropped.
 */
final class Frames {
  private final OutputStream socket;
  private boolean gone;

  Frames(OutputStream socket) {
    this.socket = socket;
  }

  Writer out() {
    return new Channel('o');
  }

  Writer err() {
    return new Channel('e');
  }

  /** The last frame: the command's exit code. */
  void exit(int code) {
    send("x " + code + "\n");
  }

  /** Tells the client to run the command itself, and why. */
  void refuse(String why) {
    send("r " + why.replace('\n', ' ') + "\n");
  }

  private synchronized void send(String frame) {
    if (gone) {
      return;
    }
    try {
      socket.write(frame.getBytes(StandardCharsets.UTF_8));
      socket.flush();
    } catch (IOException e) {
      gone = true;
    }
  }

  /** One of the two text streams; a line end ends a frame. */
  private final class Channel extends Writer {
    private final char kind;
    private final StringBuilder line = new StringBuilder();

    Channel(char kind) {
      this.kind = kind;
    }

    @Override
    public synchronized void write(char[] text, int off, int len) {
      for (int i = off; i < off + len; i++) {
        char c = text[i];
        if (c == '\n') {
          send(kind + " " + line + "\n");
          line.setLength(0);
        } else {
          line.append(c);
        }
      }
    }

    @Override
    public synchronized void flush() {
      if (line.length() > 0) {
        send(Character.toUpperCase(kind) + " " + line + "\n");
        line.setLength(0);
      }
    }

    @Override
    public void close() {
      flush();
    }
  }
}
