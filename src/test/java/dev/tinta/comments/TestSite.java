package dev.tinta.comments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small sites for tests: comment files, post files, YAML entries. */
final class TestSite {
  private TestSite() {}

  /** Writes {@code text} to {@code rel} under {@code site}, creating folders. */
  static Path write(Path site, String rel, String text) {
    try {
      Path file = site.resolve(rel);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of {@code rel} under {@code site}. */
  static String read(Path site, String rel) {
    try {
      return Files.readString(site.resolve(rel), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One comment entry; {@code url} and {@code parent} are left out when empty. */
  static String entry(
      String id,
      String author,
      String url,
      String date,
      String status,
      String parent,
      String body) {
    StringBuilder out = new StringBuilder();
    out.append("- id: ").append(quote(id)).append('\n');
    out.append("  author: ").append(quote(author)).append('\n');
    if (!url.isEmpty()) {
      out.append("  url: ").append(quote(url)).append('\n');
    }
    out.append("  date: ").append(date).append('\n');
    out.append("  status: ").append(status).append('\n');
    if (!parent.isEmpty()) {
      out.append("  parent: ").append(quote(parent)).append('\n');
    }
    out.append("  body: ").append(quote(body)).append('\n');
    return out.toString();
  }

  /** An approved top-level entry with a plain body. */
  static String approved(String id, String date, String parent) {
    return entry(id, "Reader " + id, "", date, "approved", parent, "Comment " + id + ".");
  }

  /**
   * A YAML double-quoted scalar holding exactly {@code text}: written independently of the code
   * under test, every non-ASCII or control character as an escape.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7F) {
        out.append(c);
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
        out.append(String.format("\\U%08X", text.codePointAt(i)));
        i++;
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
