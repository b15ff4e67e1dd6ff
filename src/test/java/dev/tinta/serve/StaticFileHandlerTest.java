package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The file handler over real HTTP, on a hand-made output folder with a secret file beside it:
 * traversal in every spelling, methods, content types, folders, 404.
 */
@Timeout(30)
class StaticFileHandlerTest {
  private static final String SECRET = "TOP-SECRET-9f2c";
  private static final String SNIPPET = "<!--dev-snippet-->";
  private static final String PAGE =
      "<!DOCTYPE html><html><head><title>Home</title></head><body><p>home</p></body></html>";

  @TempDir Path tmp;
  private Path root;
  private HttpServer server;
  private ExecutorService executor;
  private InetSocketAddress address;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  @BeforeEach
  void start() throws IOException {
    root = Files.createDirectories(tmp.resolve("out"));
    Files.writeString(tmp.resolve("secret.txt"), SECRET);
    Files.createDirectories(tmp.resolve("private"));
    Files.writeString(tmp.resolve("private/secret.txt"), SECRET);
    SmallSite.write(root, "index.html", PAGE);
    SmallSite.write(
        root,
        "404.html",
        "<!DOCTYPE html><html><head><title>Lost</title></head><body>lost</body></html>");
    SmallSite.write(root, "sub/index.html", "<html><body>sub</body></html>");
    SmallSite.write(root, "style.css", "body{}");
    SmallSite.write(root, "app.js", "let a;");
    SmallSite.write(root, "feed.xml", "<feed/>");
    SmallSite.write(root, "feed.json", "{}");
    SmallSite.write(root, "robots.txt", "User-agent: *");
    SmallSite.write(root, "icon.svg", "<svg/>");
    SmallSite.write(root, "photo.png", "png");
    SmallSite.write(root, "photo.JPG", "jpg");
    SmallSite.write(root, "data.bin", "bin");
    SmallSite.write(root, "a file.txt", "spaced");
    SmallSite.write(root, "caf\u00e9.txt", "accent");
    executor = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", new StaticFileHandler(root, () -> SNIPPET));
    server.setExecutor(executor);
    server.start();
    address = server.getAddress();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/../secret.txt                    | 400",
        "/sub/../../secret.txt             | 400",
        "/%2e%2e/secret.txt                | 400",
        "/%2E%2E/secret.txt                | 400",
        "/.%2e/secret.txt                  | 400",
        "/..%2fsecret.txt                  | 400",
        "/sub%2f..%2f..%2fsecret.txt       | 400",
        "/%2e%2e%2fprivate%2fsecret.txt    | 400",
        "/%2fetc%2fpasswd                  | 400",
        "/..%5csecret.txt                  | 400",
        "/..%5c..%5csecret.txt             | 400",
        "/..\\secret.txt                   | 400",
        "/%00                              | 400",
        "/index.html%00.png                | 400",
        "/..%00/secret.txt                 | 400",
        "/%c0%ae%c0%ae/secret.txt          | 400",
        "/%2                               | 400",
        "/%252e%252e/secret.txt            | 404",
        "/%252e%252e%252fsecret.txt        | 404",
        "/etc/passwd                       | 404",
        "http://localhost/../secret.txt    | 400",
      })
  void traversalNeverReadsOutside(String target, int status) {
    RawHttp.Response r = RawHttp.send(address, "GET", target);
    assertThat(r.status()).isEqualTo(status);
    assertThat(r.body()).doesNotContain(SECRET);
  }

  @Test
  void absoluteFileSystemPathStaysInsideTheRoot() {
    String absolute = tmp.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/');
    RawHttp.Response r =
        RawHttp.send(address, "GET", absolute.startsWith("/") ? absolute : "/" + absolute);
    assertThat(r.status()).isEqualTo(404);
    assertThat(r.body()).doesNotContain(SECRET).contains("lost");
  }

  @Test
  void symlinksPointingOutsideAreNotFollowed() throws IOException {
    assumeTrue(symlink(root.resolve("link.txt"), tmp.resolve("secret.txt")));
    assumeTrue(symlink(root.resolve("linked"), tmp.resolve("private")));
    for (String target : new String[] {"/link.txt", "/linked/secret.txt", "/linked/"}) {
      RawHttp.Response r = RawHttp.send(address, "GET", target);
      assertThat(r.status()).as(target).isEqualTo(404);
      assertThat(r.body()).as(target).doesNotContain(SECRET);
    }
  }

  @Test
  void symlinksInsideTheRootAreServed() throws IOException {
    assumeTrue(symlink(root.resolve("alias.css"), root.resolve("style.css")));
    RawHttp.Response r = RawHttp.send(address, "GET", "/alias.css");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("body{}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"})
  void onlyGetAndHeadAreAllowed(String method) {
    RawHttp.Response r = RawHttp.send(address, method, "/index.html");
    assertThat(r.status()).isEqualTo(405);
    assertThat(r.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(r.body()).doesNotContain("home");
  }

  @Test
  void headSendsTheHeadersOfGetWithoutBody() throws Exception {
    HttpResponse<String> get = get("/style.css");
    HttpResponse<String> head =
        client.send(
            HttpRequest.newBuilder(url("/style.css"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Length"))
        .contains(Integer.toString(get.body().length()));
    assertThat(head.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/index.html  | text/html; charset=utf-8",
        "/            | text/html; charset=utf-8",
        "/style.css   | text/css; charset=utf-8",
        "/app.js      | text/javascript; charset=utf-8",
        "/feed.xml    | application/xml; charset=utf-8",
        "/feed.json   | application/json; charset=utf-8",
        "/robots.txt  | text/plain; charset=utf-8",
        "/icon.svg    | image/svg+xml; charset=utf-8",
        "/photo.png   | image/png",
        "/photo.JPG   | image/jpeg",
        "/data.bin    | application/octet-stream",
      })
  void contentTypes(String path, String type) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).contains(type);
    assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void htmlGetsTheSnippetBeforeBodyEndOtherFilesStayByteForByte() throws Exception {
    assertThat(get("/").body()).isEqualTo(PAGE.replace("</body>", SNIPPET + "</body>"));
    assertThat(get("/style.css").body()).isEqualTo("body{}");
    assertThat(get("/icon.svg").body()).isEqualTo("<svg/>");
  }

  @Test
  void folderWithSlashServesItsIndex() throws Exception {
    HttpResponse<String> r = get("/sub/");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("<html><body>sub" + SNIPPET + "</body></html>");
  }

  @Test
  void folderWithoutSlashRedirectsKeepingTheQuery() throws Exception {
    HttpResponse<String> r = get("/sub");
    assertThat(r.statusCode()).isEqualTo(301);
    assertThat(r.headers().firstValue("Location")).contains("/sub/");
    assertThat(get("/sub?page=2").headers().firstValue("Location")).contains("/sub/?page=2");
  }

  @Test
  void redirectTargetIsNeverProtocolRelative() {
    assertThat(StaticFileHandler.folderUrl("//evil.example/x", null)).isEqualTo("/evil.example/x/");
    assertThat(StaticFileHandler.folderUrl("/a/b", "q=1")).isEqualTo("/a/b/?q=1");
  }

  @Test
  void unknownPathGetsTheSite404PageWithStatus404() throws Exception {
    HttpResponse<String> r = get("/no/such/page/");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(r.body())
        .isEqualTo(
            "<!DOCTYPE html><html><head><title>Lost</title></head><body>lost"
                + SNIPPET
                + "</body></html>");
  }

  @Test
  void without404PageABuiltInOneIsServed() throws Exception {
    Files.delete(root.resolve("404.html"));
    HttpResponse<String> r = get("/nothing.html");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<h1>Not found</h1>").contains(SNIPPET + "</body>");
  }

  @Test
  void folderWithoutIndexIsNotFound() throws Exception {
    Files.createDirectories(root.resolve("empty"));
    assertThat(get("/empty/").statusCode()).isEqualTo(404);
  }

  @Test
  void encodedNamesAreDecodedOnce() throws Exception {
    assertThat(get("/a%20file.txt").body()).isEqualTo("spaced");
    assertThat(get("/caf%C3%A9.txt").body()).isEqualTo("accent");
    assertThat(get("/index.html?x=../../secret.txt").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + address.getPort() + path);
  }

  private static boolean symlink(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
