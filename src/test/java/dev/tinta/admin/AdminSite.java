package dev.tinta.admin;

import dev.tinta.intake.IntakeOptions;
import dev.tinta.intake.IntakeServer;
import dev.tinta.intake.ModerationListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * A small site with comments to moderate and a real comment server on 127.0.0.1 with the admin
 * routes, plus an HTTP client that keeps the admin cookie by hand (so tests see every Set-Cookie).
 */
final class AdminSite implements AutoCloseable {
  static final String TOKEN = "ab".repeat(32);
  static final String COMMENTS =
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
        ip_hash: "00aa11bb22cc33dd"
        body: |
          Waiting.
      - id: c3
        author: Citra
        date: 2026-02-03T10:00:00+07:00
        status: pending
        ip_hash: "00aa11bb22cc33dd"
        body: |
          Also waiting.
      """;

  private static final Pattern COOKIE = Pattern.compile("tinta_admin=([^;]*)");

  final Path dir;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private IntakeServer server;
  String cookie = "";

  private AdminSite(Path dir) {
    this.dir = dir;
  }

  static AdminSite write(Path dir, String comments) {
    AdminSite site = new AdminSite(dir);
    site.file(
        "site.yaml",
        """
        title: Admin test
        base_url: https://blog.example.org/
        language: en
        time_zone: Asia/Jakarta
        author:
          name: Marissa
        comments:
          endpoint: https://comments.example.org/
        """);
    site.file("content/posts/open.md", "---\ntitle: Open post\ndate: 2026-01-10\n---\n\nHello.\n");
    site.file("content/comments/open.yaml", comments);
    return site;
  }

  AdminSite start(
      Clock clock,
      boolean trustProxy,
      ModerationListener listener,
      Supplier<Optional<String>> problem) {
    file(".tinta/admin-token", TOKEN + "\n");
    try {
      Files.setPosixFilePermissions(
          dir.resolve(".tinta/admin-token"),
          java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    IntakeOptions options =
        IntakeOptions.of(dir)
            .withAddress("127.0.0.1", 0)
            .withClock(clock)
            .withTrustProxy(trustProxy);
    server =
        IntakeServer.start(
            options,
            line -> {},
            listener,
            List.of(
                AdminRoutes.group(
                    AdminToken.loadOrCreate(dir.resolve(".tinta/admin-token")), problem)));
    return this;
  }

  URI uri(String path) {
    return server.uri().resolve(path.substring(1));
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

  HttpResponse<String> get(String path, String... headers) {
    return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
  }

  /** A form POST; fields alternate name and value. */
  HttpResponse<String> post(String path, List<String> fields, String... headers) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < fields.size(); i += 2) {
      parts.add(
          URLEncoder.encode(fields.get(i), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(fields.get(i + 1), StandardCharsets.UTF_8));
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts)));
    return send(b, headers);
  }

  /** Sends with the current cookie, and takes a new one from the answer. */
  HttpResponse<String> send(HttpRequest.Builder b, String... headers) {
    if (!cookie.isEmpty()) {
      b.header("Cookie", "tinta_admin=" + cookie);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    try {
      HttpResponse<String> r =
          http.send(
              b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      setCookie(r).ifPresent(c -> cookie = c);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Optional<String> setCookie(HttpResponse<?> r) {
    return r.headers()
        .firstValue("Set-Cookie")
        .map(COOKIE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1));
  }

  /** The csrf field of the page. */
  static String csrf(HttpResponse<String> page) {
    return Jsoup.parse(page.body()).select("input[name=csrf]").attr("value");
  }

  /** Signs in with the right token; returns the queue page's csrf. */
  String signIn() {
    HttpResponse<String> page = get("/admin/signin");
    HttpResponse<String> r = post("/admin/signin", List.of("csrf", csrf(page), "token", TOKEN));
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
    }
    return csrf(get("/admin"));
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }
}
