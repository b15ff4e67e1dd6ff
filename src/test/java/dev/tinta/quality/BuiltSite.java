package dev.tinta.quality;

import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.BuildResult;
import dev.tinta.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A site built for a quality gate: the example blog at the repository root, a generated blog of
 * {@value #GENERATED_POSTS} posts, or a fixture folder that is already a built site.
 *
 * @param name for messages
 * @param output the built site folder
 * @param baseUrl the site's public base URL
 */
record BuiltSite(String name, Path output, URI baseUrl) {
  static final int GENERATED_POSTS = 200;
  static final long SEED = 20100831L;

  /** Builds the example blog (the repository root: site.yaml, content/, templates/). */
  static BuiltSite example(Path tmp) {
    Path out = tmp.resolve("example-output");
    build(Path.of("").toAbsolutePath(), out);
    return new BuiltSite("example blog", out, URI.create("https://catatan-marissa.example.org/"));
  }

  /** Writes and builds the generated blog. */
  static BuiltSite generated(Path tmp) {
    Path source = tmp.resolve("generated-source");
    new BlogGenerator(SEED).write(source, GENERATED_POSTS);
    Path out = tmp.resolve("generated-output");
    BuildResult result = build(source, out);
    if (result.posts() != GENERATED_POSTS) {
      throw new IllegalStateException("generated blog built " + result.posts() + " posts");
    }
    return new BuiltSite("generated blog", out, URI.create(BlogGenerator.BASE_URL));
  }

  /** The deliberately broken fixture: a built site with one fault per gate. */
  static BuiltSite broken() {
    return new BuiltSite(
        "broken fixture", fixture("quality/broken"), URI.create("https://broken.example.org/"));
  }

  static Path fixture(String name) {
    try {
      return Path.of(BuiltSite.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }

  private static BuildResult build(Path site, Path out) {
    BuildResult result = new SiteBuilder(2).build(BuildOptions.of(site).withOutput(out));
    System.out.println("built " + site + " → " + out + ": " + result.summary());
    return result;
  }

  /** The site's files with one of the given extensions, as site-relative paths, sorted. */
  List<String> files(String... extensions) {
    try (Stream<Path> all = Files.walk(output)) {
      return all.filter(Files::isRegularFile)
          .map(this::relative)
          .filter(
              f ->
                  Stream.of(extensions).anyMatch(e -> f.toLowerCase(Locale.ROOT).endsWith("." + e)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + output, e);
    }
  }

  List<String> pages() {
    return files("html", "htm");
  }

  /** True when {@code url} is absolute and under the site's base URL. */
  boolean isOwn(String url) {
    return url.startsWith(baseUrl.toString());
  }

  /** True when the site has a file for {@code url}, one of its own (a folder: its index.html). */
  boolean hasPageFor(String url) {
    String path;
    try {
      path = new URI(url).getPath().substring(baseUrl.getPath().length());
    } catch (URISyntaxException | RuntimeException e) {
      return false;
    }
    Path file = output.resolve(path).normalize();
    if (!file.startsWith(output)) {
      return false;
    }
    return Files.isDirectory(file)
        ? Files.isRegularFile(file.resolve("index.html"))
        : Files.isRegularFile(file) && !url.endsWith("/");
  }

  Path file(String relative) {
    return output.resolve(relative);
  }

  String relative(Path file) {
    return output.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  @Override
  public String toString() {
    return name;
  }
}
