package dev.tinta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the files of the output folder: {@code GET} and {@code HEAD} only, folders through their
 * {@code index.html} (a folder URL without its slash is redirected to it), unknown paths with the
 * site's {@code 404.html}, every HTML page with the dev server's snippet (live reload, errors)
 * added before {@code </body>}. Nothing outside the folder is ever read: see {@link SafePath}.
 */
final class StaticFileHandler implements HttpHandler {
  private static final String NOT_FOUND_PAGE =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Not found</title></head>
      <body>
      <h1>Not found</h1>
      </body>
      </html>
      """;

  private final Path root;
  private final Supplier<String> snippet;

  /**
   * A handler for the files below {@code root}; {@code snippet} gives the HTML to add to pages,
   * asked again for every response so that it follows the latest rebuild.
   */
  StaticFileHandler(Path root, Supplier<String> snippet) {
    this.root = root.toAbsolutePath().normalize();
    this.snippet = snippet;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      respond(exchange);
    }
  }

  private void respond(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      Responses.plain(exchange, 405, "Method not allowed");
      return;
    }
    String rawPath = exchange.getRequestURI().getRawPath();
    Optional<Path> target = SafePath.resolve(root, rawPath);
    if (target.isEmpty()) {
      Responses.plain(exchange, 400, "Bad request");
      return;
    }
    Path file = target.get();
    if (Files.isDirectory(file) && SafePath.isInside(root, file)) {
      if (!rawPath.endsWith("/")) {
        String query = exchange.getRequestURI().getRawQuery();
        Responses.redirect(exchange, 301, folderUrl(rawPath, query));
        return;
      }
      file = file.resolve("index.html");
    }
    Optional<byte[]> bytes = read(file);
    if (bytes.isEmpty()) {
      notFound(exchange);
      return;
    }
    send(exchange, 200, ContentTypes.of(file), bytes.get());
  }

  /**
   * The folder's URL with its slash. Leading slashes collapse to one, so the result can never be a
   * protocol-relative URL that sends the browser to another host.
   */
  static String folderUrl(String rawPath, String rawQuery) {
    String path = "/" + rawPath.replaceFirst("^/+", "") + "/";
    return rawQuery == null ? path : path + "?" + rawQuery;
  }

  private void notFound(HttpExchange exchange) throws IOException {
    Optional<byte[]> page = read(root.resolve("404.html"));
    send(
        exchange,
        404,
        ContentTypes.HTML,
        page.orElseGet(() -> NOT_FOUND_PAGE.getBytes(StandardCharsets.UTF_8)));
  }

  private void send(HttpExchange exchange, int status, String type, byte[] bytes)
      throws IOException {
    byte[] body = bytes;
    if (ContentTypes.isHtml(type)) {
      String page = new String(bytes, StandardCharsets.UTF_8);
      body = HtmlInjector.inject(page, snippet.get()).getBytes(StandardCharsets.UTF_8);
    }
    Responses.send(exchange, status, type, body);
  }

  /** The bytes of a regular file inside the root; empty when there is none. */
  private Optional<byte[]> read(Path file) throws IOException {
    if (!Files.isRegularFile(file) || !SafePath.isInside(root, file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      // a rebuild swapped the folder between the check and the read
      return Optional.empty();
    }
  }
}
