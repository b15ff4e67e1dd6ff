package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole dev server on a temp copy of a small site, over HTTP: pages, live reload on edits,
 * stylesheet refresh, the error overlay, and clean shutdown.
 */
@Timeout(60)
class DevServerTest {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private DevServer server;
  private URI base;

  private void start() {
    ServeOptions options =
        ServeOptions.of(site)
            .withAddress(ServeOptions.LOOPBACK, 0)
            .withTimings(Duration.ofMillis(100), Duration.ofSeconds(15));
    server = new DevServer(options, new PrintWriter(out, true), new PrintWriter(err, true));
    InetSocketAddress address = server.start();
    base = URI.create("http://127.0.0.1:" + address.getPort() + "/");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void servesTheSiteWithItsOwnAddressAsBaseUrlAndTheReloadScript() throws Exception {
    SmallSite.create(site);
    start();
    assertThat(server.url()).isEqualTo(base);
    assertThat(out.toString()).contains("Serving at " + base + " (Ctrl+C to stop)");
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(home.headers().firstValue("Cache-Control")).contains("no-store");
    Document page = Jsoup.parse(home.body());
    assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(base.toString());
    assertThat(page.select("script[data-tinta-reload]")).hasSize(1);
    assertThat(page.select("script[data-tinta-reload]").html()).contains(LiveReload.PATH);
    assertThat(page.select("#" + ErrorOverlay.ID)).isEmpty();
    assertThat(text(SmallSite.FIRST_URL)).contains("Original first text.");
    assertThat(site.resolve("site-output")).doesNotExist();
    assertThat(server.outputDir()).isDirectory();
    assertThat(server.outputDir().startsWith(site)).isFalse();
  }

  @Test
  void editingAPostSendsReloadAndServesTheNewText() throws Exception {
    SmallSite.create(site);
    start();
    try (EventStream events = events()) {
      SmallSite.write(
          site,
          SmallSite.FIRST,
          SmallSite.post("First post", "2024-01-02T10:00:00Z", "Edited first text."));
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
    }
    assertThat(text(SmallSite.FIRST_URL))
        .contains("Edited first text.")
        .doesNotContain("Original first");
    assertThat(out.toString())
        .containsPattern(Pattern.compile("(?m)^Rebuilt in \\d+ ms: content/posts/first\\.md$"));
  }

  @Test
  void aStylesheetOnlyChangeSendsCss() throws Exception {
    SmallSite.create(site);
    start();
    try (EventStream events = events()) {
      SmallSite.write(site, SmallSite.CSS, "body { color: teal; }\n");
      assertThat(events.next(WAIT).name()).isEqualTo("css");
    }
    HttpResponse<String> css = get("/x.css");
    assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    assertThat(css.body()).isEqualTo("body { color: teal; }\n");
  }

  @Test
  void aBrokenEditShowsTheOverlayOverTheLastGoodPageUntilFixed() throws Exception {
    SmallSite.create(site);
    start();
    String problem;
    try (EventStream events = events()) {
      SmallSite.write(
          site, SmallSite.FIRST, SmallSite.post("First post", "not a date", "Broken first text."));
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
      Document page = Jsoup.parse(text(SmallSite.FIRST_URL));
      assertThat(page.select("main").text())
          .contains("Original first text.")
          .doesNotContain("Broken");
      assertThat(page.select("#" + ErrorOverlay.ID + " li").eachText()).hasSize(1);
      problem = page.select("#" + ErrorOverlay.ID + " li").text();
      assertThat(problem).startsWith("content/posts/first.md:3:7: error: ");
      assertThat(err.toString()).contains(problem + "\n");
      assertThat(out.toString()).contains("Rebuild failed in ");
      // other pages and the 404 page show it too
      assertThat(Jsoup.parse(text("/")).select("#" + ErrorOverlay.ID)).hasSize(1);
      assertThat(Jsoup.parse(get("/nope/").body()).select("#" + ErrorOverlay.ID)).hasSize(1);

      SmallSite.write(
          site,
          SmallSite.FIRST,
          SmallSite.post("First post", "2024-01-02T10:00:00Z", "Fixed first text."));
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
    }
    Document fixed = Jsoup.parse(text(SmallSite.FIRST_URL));
    assertThat(fixed.select("#" + ErrorOverlay.ID)).isEmpty();
    assertThat(fixed.select("main").text()).contains("Fixed first text.");
    assertThat(out.toString()).contains("(problems fixed)");
  }

  @Test
  void whileBrokenEvenAStylesheetChangeReloadsAndTheLastGoodBuildStays() throws Exception {
    SmallSite.create(site);
    start();
    try (EventStream events = events()) {
      SmallSite.write(site, "site.yaml", SmallSite.CONFIG + "colour: red\n");
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
      SmallSite.write(site, SmallSite.CSS, "p { color: red; }\n");
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
      assertThat(get("/x.css").body()).isEqualTo("body { color: black; }\n");
      assertThat(Jsoup.parse(text("/")).select("#" + ErrorOverlay.ID + " li").text())
          .startsWith("site.yaml:6:1: error: unknown key 'colour'");
      SmallSite.write(site, "site.yaml", SmallSite.CONFIG);
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
    }
    assertThat(get("/x.css").body()).isEqualTo("p { color: red; }\n");
  }

  @Test
  void aTemplateSyntaxErrorShowsInTheOverlayAtItsLine() throws Exception {
    // #11: with two posts, the second render of a layout that failed to parse used to be an
    // internal error ("error loading the template on an earlier attempt")
    SmallSite.create(site);
    String layout;
    try (var in = DevServerTest.class.getResourceAsStream("/dev/tinta/theme/layouts/post.ftlh")) {
      layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(site.resolve("templates/layouts"));
    start();
    try (EventStream events = events()) {
      SmallSite.write(site, "templates/layouts/post.ftlh", layout + "<#if >\n");
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
      Document page = Jsoup.parse(text(SmallSite.FIRST_URL));
      assertThat(page.select("main").text()).contains("Original first text.");
      assertThat(page.select("#" + ErrorOverlay.ID + " li").eachText())
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .startsWith(
              "templates/layouts/post.ftlh:"
                  + (layout.lines().count() + 1)
                  + ":6: error: template syntax error: ");

      SmallSite.write(site, "templates/layouts/post.ftlh", layout);
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
    }
    assertThat(Jsoup.parse(text(SmallSite.FIRST_URL)).select("#" + ErrorOverlay.ID)).isEmpty();
  }

  @Test
  void onlyAllStylesheetBatchesAreCssChanges() {
    assertThat(DevServer.onlyCss(Set.of(Path.of("/s/static/a.css"), Path.of("/s/b.CSS")))).isTrue();
    assertThat(DevServer.onlyCss(Set.of(Path.of("/s/static/a.css"), Path.of("/s/c/p.md"))))
        .isFalse();
    assertThat(DevServer.onlyCss(Set.of(Path.of("/s/static/a.css.map")))).isFalse();
    assertThat(DevServer.onlyCss(Set.of())).isFalse();
  }

  @Test
  void overlayEscapesTheUsersText() throws Exception {
    SmallSite.create(site);
    start();
    try (EventStream events = events()) {
      SmallSite.write(site, "site.yaml", SmallSite.CONFIG + "\"<b>bold</b>\": 1\n");
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
    }
    Document page = Jsoup.parse(text("/"));
    assertThat(page.select("#" + ErrorOverlay.ID + " b")).isEmpty();
    assertThat(page.select("#" + ErrorOverlay.ID + " li").text())
        .startsWith("site.yaml:6:1: error: unknown key '<b>bold</b>'");
  }

  @Test
  void aFirstBuildWithProblemsStillServesAndRecovers() throws Exception {
    SmallSite.create(site);
    SmallSite.write(site, SmallSite.FIRST, SmallSite.post("First post", "soon", "x"));
    start();
    assertThat(err.toString()).contains("content/posts/first.md:3:7: error: ");
    HttpResponse<String> home = get("/");
    assertThat(home.statusCode()).isEqualTo(404);
    assertThat(Jsoup.parse(home.body()).select("#" + ErrorOverlay.ID + " li").text())
        .startsWith("content/posts/first.md:3:7: error: ");
    try (EventStream events = events()) {
      SmallSite.write(
          site,
          SmallSite.FIRST,
          SmallSite.post("First post", "2024-01-02T10:00:00Z", "Now it builds."));
      assertThat(events.next(WAIT).name()).isEqualTo("reload");
    }
    assertThat(get("/").statusCode()).isEqualTo(200);
    assertThat(text(SmallSite.FIRST_URL)).contains("Now it builds.");
  }

  @Test
  void unknownPathsGetTheSite404Page() throws Exception {
    SmallSite.create(site);
    start();
    HttpResponse<String> r = get("/no/such/page/");
    assertThat(r.statusCode()).isEqualTo(404);
    Document page = Jsoup.parse(r.body());
    assertThat(Files.readString(server.outputDir().resolve("404.html"), StandardCharsets.UTF_8))
        .isEqualTo(r.body().replace(ReloadScript.TAG, ""));
    assertThat(page.select("script[data-tinta-reload]")).hasSize(1);
  }

  @Test
  void closeStopsServingAndDeletesTheTemporaryOutput() throws Exception {
    SmallSite.create(site);
    start();
    Path output = server.outputDir();
    assertThat(output).isDirectory();
    server.close();
    assertThat(output.getParent()).doesNotExist();
    assertThatThrownBy(() -> get("/")).isInstanceOf(ConnectException.class);
    server.close();
    long end = System.nanoTime() + WAIT.toNanos();
    while (!serverThreads().isEmpty() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    assertThat(serverThreads()).isEmpty();
  }

  /** Live threads the dev server started: watcher, heartbeat, HTTP handlers. */
  private static List<String> serverThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(
            n ->
                n.startsWith("tinta-watch")
                    || n.startsWith("tinta-heartbeat")
                    || n.startsWith("tinta-http"))
        .toList();
  }

  @Test
  void startsOnce() {
    SmallSite.create(site);
    start();
    assertThatThrownBy(() -> server.start()).isInstanceOf(IllegalStateException.class);
  }

  private EventStream events() {
    return new EventStream(client, base.resolve(LiveReload.PATH));
  }

  private String text(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
