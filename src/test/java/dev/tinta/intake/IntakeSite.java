package dev.tinta.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small site for intake tests: posts {@code open} (with comments c1 approved, c2 pending) and
 * {@code shut} (comments closed), a site.yaml with an endpoint and the given intake settings, and
 * an HTTP client for a server on it.
 */
final class IntakeSite {
  static final String BASE_URL = "https://blog.example.org/";
  static final String SITE_ORIGIN = "https://blog.example.org";
  static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  /** Files of the comments, as seeded. */
  static final String OPEN_COMMENTS =
      """
      - id: c1
        author: Ayu
        date: 2026-02-01T10:00:00+07:00
        status: approved
        body: |
          First!
      - id: c2
        author: Budi
        date: 2026-02-02T10:00:00+07:00
        status: pending
        body: |
          Waiting.
      """;

  private final Path dir;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private URI server = URI.create("http://127.0.0.1:1/");

  private IntakeSite(Path dir) {
    this.dir = dir;
  }

  /**
   * Writes the site into {@code dir}.
   *
   * @param intake lines under {@code comments.intake:} (indented by the caller), or ""
   */
  static IntakeSite write(Path dir, String endpoint, String intake) {
    IntakeSite site = new IntakeSite(dir);
    site.file(
        "site.yaml",
        """
        title: Intake test
        base_url: %s
        language: en
        time_zone: Asia/Jakarta
        comments:
          max_body_length: 2000
          max_author_length: 40
          endpoint: %s
          intake:
        %s
        """
            .formatted(BASE_URL, endpoint, intake.isEmpty() ? "    max_links: 2" : intake));
    site.file("content/posts/open.md", "---\ntitle: Open post\ndate: 2026-01-10\n---\n\nHello.\n");
    site.file(
        "content/posts/shut.md",
        "---\ntitle: Shut post\ndate: 2026-01-11\ncomments: closed\n---\n\nNo more.\n");
    site.file(
        "content/posts/id-post.md",
        "---\ntitle: Posting Indonesia\ndate: 2026-01-12\nlang: id\n---\n\nHalo.\n");
    site.file("content/comments/open.yaml", OPEN_COMMENTS);
    return site;
  }

  /** Settings that let tests post freely: no wait, generous limits. */
  static String relaxed() {
    return "    min_seconds: 0\n    per_minute: 100000\n    per_day: 100000\n    per_hour_total: 100000";
  }

  Path dir() {
    return dir;
  }

  void file(String rel, String text) {
    try {
      Path f = dir.resolve(rel);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String rel) {
    try {
      return Files.readString(dir.resolve(rel), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serveAt(URI uri) {
    this.server = uri;
  }

  URI uri(String path) {
    return server.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  HttpResponse<String> post(String path, String type, byte[] body, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    return send(b, headers);
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
    return post(
        path,
        "application/x-www-form-urlencoded",
        form(fields).getBytes(StandardCharsets.UTF_8),
        headers);
  }

  HttpResponse<String> postJson(String path, Map<String, String> fields, String... headers) {
    return post(path, "application/json", Http.json(fields), headers);
  }

  HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(
          b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh token from the API. */
  String token(String slug, String parent) {
    HttpResponse<String> r =
        get("/api/token?slug=" + slug + (parent.isEmpty() ? "" : "&parent=" + parent));
    Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
    if (r.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
    }
    return m.group(1);
  }

  /** The fields of a good comment on {@code open}, with a fresh token. */
  Map<String, String> comment(String author, String body) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("author", author);
    f.put("url", "");
    f.put("body", body);
    f.put("parent", "");
    f.put("subject", "");
    f.put("token", token("open", ""));
    return f;
  }

  static String form(Map<String, String> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach(
        (k, v) ->
            parts.add(
                java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)
                    + "="
                    + java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
    return String.join("&", parts);
  }
}
