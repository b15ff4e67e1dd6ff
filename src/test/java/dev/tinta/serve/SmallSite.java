package dev.tinta.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The site the serve tests run on, written fresh into a temporary folder: a {@code site.yaml}, two
 * posts and a stylesheet; the theme is the default one from the class path. Public so that the CLI
 * tests can use it.
 */
public final class SmallSite {
  /** The first post's source, relative to the site. */
  public static final String FIRST = "content/posts/first.md";

  /** The first post's URL path. */
  public static final String FIRST_URL = "/first/";

  /** The site's own stylesheet, relative to the site. */
  public static final String CSS = "static/x.css";

  /** The site's {@code site.yaml}. */
  public static final String CONFIG =
      """
      title: Serve test site
      base_url: https://blog.example.org/
      language: en
      time_zone: UTC
      permalink: /:slug/
      """;

  private SmallSite() {}

  /** Writes the site into {@code dir} and returns {@code dir}. */
  public static Path create(Path dir) {
    write(dir, "site.yaml", CONFIG);
    write(dir, FIRST, post("First post", "2024-01-02T10:00:00Z", "Original first text."));
    write(
        dir,
        "content/posts/second.md",
        post("Second post", "2024-02-03T10:00:00Z", "Original second text."));
    write(dir, CSS, "body { color: black; }\n");
    return dir;
  }

  /** A post file with a title, a date and one paragraph. */
  public static String post(String title, String date, String body) {
    return "---\ntitle: " + title + "\ndate: " + date + "\n---\n\n" + body + "\n";
  }

  /** Writes {@code text} to {@code rel} below {@code dir}, creating folders. */
  public static Path write(Path dir, String rel, String text) {
    try {
      Path file = dir.resolve(rel);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
