package dev.tinta.serve;

import dev.tinta.text.Utf8;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps a request path to a file below the output folder, refusing anything that could leave it.
 *
 * <p>The raw path is split at {@code /} first and each segment percent-decoded once (RFC 3986
 * §2.1), so an encoded slash or backslash ({@code %2f}, {@code %5c}) cannot add a segment: such
 * segments, and segments with control characters (NUL included) or invalid UTF-8, are refused. The
 * decoded segments are joined with {@link Path#resolve}, normalized, and the result must stay below
 * the root. Double encoding decodes once only: {@code %252e} names a file {@code %2e}. Symbolic
 * links are checked separately by {@link #isInside}, on real paths.
 */
final class SafePath {
  private SafePath() {}

  /**
   * The path below {@code root} that {@code rawPath} (still percent-encoded, as in {@link
   * java.net.URI#getRawPath()}) names, or empty when the request is malformed or leaves the root.
   * The file need not exist.
   */
  static Optional<Path> resolve(Path root, String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return Optional.empty();
    }
    Path base = root.toAbsolutePath().normalize();
    Path path = base;
    try {
      for (String raw : rawPath.split("/", -1)) {
        if (raw.isEmpty()) {
          continue;
        }
        Optional<String> segment = decode(raw).filter(SafePath::allowed);
        if (segment.isEmpty()) {
          return Optional.empty();
        }
        path = path.resolve(segment.get());
      }
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    path = path.normalize();
    return path.startsWith(base) ? Optional.of(path) : Optional.empty();
  }

  /**
   * Whether the existing {@code file}, with every symbolic link followed, is {@code root} or below
   * it; false when either does not exist.
   */
  static boolean isInside(Path root, Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** A segment may not add structure ({@code /}, {@code \}) or carry control characters. */
  private static boolean allowed(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '/' || c == '\\' || c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Percent-decodes one segment as UTF-8; empty when an escape or the UTF-8 is broken. */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c > 0x7f) {
        // java.net.URI keeps "other" characters unencoded in its raw path
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
          utf8 = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(utf8);
      } else {
        bytes.write(c);
      }
    }
    return Utf8.decode(bytes.toByteArray());
  }
}
