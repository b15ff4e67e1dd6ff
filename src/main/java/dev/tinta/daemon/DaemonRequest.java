package dev.tinta.daemon;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One command sent to the daemon: the client's token, its working folder, whether its standard
 * output is a terminal, and the arguments it was given.
 */
record DaemonRequest(String token, Path cwd, boolean terminal, List<String> args) {
  static final String GREETING = "tinta-daemon 1 ";

  /** At most this many lines in a request, each at most {@link #MAX_LINE} characters. */
  static final int MAX_LINES = 1_000;

  static final int MAX_LINE = 32_768;

  DaemonRequest {
    args = List.copyOf(args);
  }

  /**
   * Reads a request; empty when the client sent anything else (wrong greeting, unknown line, too
   * much, a relative working folder, or the end of input before {@code end}).
   */
  static Optional<DaemonRequest> read(BufferedReader in) throws IOException {
    String first = in.readLine();
    if (first == null || !first.startsWith(GREETING)) {
      return Optional.empty();
    }
    String token = first.substring(GREETING.length());
    Path cwd = null;
    boolean terminal = false;
    List<String> args = new ArrayList<>();
    for (int n = 0; n < MAX_LINES; n++) {
      String line = in.readLine();
      if (line == null || line.length() > MAX_LINE) {
        return Optional.empty();
      }
      if (line.equals("end")) {
        return cwd == null
            ? Optional.empty()
            : Optional.of(new DaemonRequest(token, cwd, terminal, args));
      } else if (line.startsWith("arg ")) {
        args.add(line.substring(4));
      } else if (line.startsWith("cwd ")) {
        cwd = absolute(line.substring(4));
        if (cwd == null) {
          return Optional.empty();
        }
      } else if (line.equals("terminal 1") || line.equals("terminal 0")) {
        terminal = line.endsWith("1");
      } else {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Path absolute(String text) {
    try {
      Path p = Path.of(text);
      return p.isAbsolute() ? p.normalize() : null;
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
