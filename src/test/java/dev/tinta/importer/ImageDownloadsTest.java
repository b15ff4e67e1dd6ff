package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tinta.testing.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --images download} against a real HTTP server on 127.0.0.1. The client reaches it as its
 * proxy, so the posts keep Blogger's own image URLs (whose size segment the import rewrites) and
 * nothing leaves the machine.
 */
class ImageDownloadsTest {
  private static final String KOPI = "http://1.bp.blogspot.com/-Ab1/TXy2/AAAAAAAAAAI/cd3/";

  @TempDir Path tmp;
  private HttpServer server;
  private final List<String> asked = new CopyOnWriteArrayList<>();
  private final byte[] png = TestImages.png(40, 20, 1, false);

  @BeforeEach
  void serve() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String uri = exchange.getRequestURI().toString();
          asked.add(uri);
          byte[] body;
          if (uri.endsWith("/s0/kopi.png")) {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            body = png;
            exchange.sendResponseHeaders(200, body.length);
          } else if (uri.endsWith("/page.png")) {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            body = "<p>login</p>".getBytes();
            exchange.sendResponseHeaders(200, body.length);
          } else {
            body = new byte[0];
            exchange.sendResponseHeaders(404, -1);
          }
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Path export() throws IOException {
    String html =
        "<p>Kopi pagi. <a href=\""
            + KOPI
            + "s1600/kopi.png\"><img src=\""
            + KOPI
            + "s320/kopi.png\" width=\"320\"></a></p>"
            + "<p>Lagi: <img src=\""
            + KOPI
            + "s400/kopi.png\"></p>"
            + "<p><img src=\"http://2.bp.blogspot.com/-Gone/s400/gone.png\">"
            + "<img src=\"http://photos.example.org/s200/page.png\"></p>";
    String escaped = html.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return Files.writeString(
        tmp.resolve("feed.atom"),
        "<?xml version='1.0' encoding='utf-8'?>\n"
            + "<feed xmlns='http://www.w3.org/2005/Atom'"
            + " xmlns:blogger='http://schemas.google.com/blogger/2018'>\n"
            + "  <title>Kopi</title>\n"
            + "  <entry>\n"
            + "    <id>tag:blogger.com,1999:blog-7.post-1</id>\n"
            + "    <blogger:type>POST</blogger:type><blogger:status>LIVE</blogger:status>\n"
            + "    <author><name>Dita</name></author>\n"
            + "    <title>Kopi</title>\n"
            + "    <content type='html'>"
            + escaped
            + "</content>\n"
            + "    <published>2011-03-13T07:30:00Z</published>\n"
            + "    <updated>2011-03-13T07:30:00Z</updated>\n"
            + "    <blogger:filename>/2011/03/kopi.html</blogger:filename>\n"
            + "  </entry>\n"
            + "</feed>\n");
  }

  private ImportSummary run(Path site, Optional<HttpClient> client) throws IOException {
    return ImportRun.run(
        ImportRun.Kind.BLOGGER,
        new ImportRun.Options(
            export(), site, false, false, Optional.of(ZoneId.of("Asia/Jakarta")), false, client));
  }

  private HttpClient client() {
    return HttpClient.newBuilder()
        .proxy(ProxySelector.of((InetSocketAddress) server.getAddress()))
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  @Test
  void downloadsTheOriginalSizeIntoThePostsFolderAndRewritesTheLinks() throws IOException {
    Path site = tmp.resolve("site");
    ImportSummary summary = run(site, Optional.of(client()));

    // the resized copies (s320, s400) were asked for at the original size, once
    assertThat(asked)
        .containsExactly(
            KOPI + "s0/kopi.png",
            "http://2.bp.blogspot.com/-Gone/s0/gone.png",
            "http://photos.example.org/s200/page.png");
    assertThat(Files.readAllBytes(site.resolve("content/posts/kopi/kopi.png"))).isEqualTo(png);
    String post = Files.readString(site.resolve("content/posts/kopi/index.md"));
    assertThat(post)
        .endsWith(
            "<p>Kopi pagi. <a href=\"/2011/03/kopi/kopi.png\"><img"
                + " src=\"/2011/03/kopi/kopi.png\" width=\"320\"></a></p>\n\n"
                + "<p>Lagi: <img src=\"/2011/03/kopi/kopi.png\"></p>\n\n"
                + "<p><img src=\"http://2.bp.blogspot.com/-Gone/s400/gone.png\">"
                + "<img src=\"http://photos.example.org/s200/page.png\"></p>\n");
    assertThat(summary.imagesDownloaded()).isEqualTo(1);
    assertThat(summary.warnings())
        .containsExactly(
            tmp.resolve("feed.atom")
                + ":4: image http://2.bp.blogspot.com/-Gone/s0/gone.png not downloaded"
                + " (HTTP 404); link kept",
            tmp.resolve("feed.atom")
                + ":4: image http://photos.example.org/s200/page.png not downloaded (not"
                + " an image: text/html); link kept");
    StringWriter out = new StringWriter();
    summary.print(new PrintWriter(out, true));
    assertThat(out.toString())
        .endsWith(
            "Images:\n"
                + "  "
                + KOPI
                + "s320/kopi.png\n"
                + "  "
                + KOPI
                + "s400/kopi.png\n"
                + "  http://2.bp.blogspot.com/-Gone/s400/gone.png\n"
                + "  http://photos.example.org/s200/page.png\n"
                + "Imported: 1 posts (0 drafts), 0 pages, comments: none, 1 redirects, 4 images (1"
                + " downloaded), 2 warnings\n");

    // the copy is published beside the post and found from the post and from the home page
    Sites.Run build = Sites.tinta("build", "--site", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(site.resolve("site-output/2011/03/kopi/kopi.png")).exists();
    Sites.Run check = Sites.tinta("check", "--site", site.toString());
    // the two images that could not be fetched stay off-site links, which check does not fetch
    assertThat(check.code()).as(check.err()).isZero();
    assertThat(
            Sites.page(site.resolve("site-output"), "/").select("img[src=/2011/03/kopi/kopi.png]"))
        .hasSize(1);
  }

  @Test
  void byDefaultTheLinksStayAndNothingIsFetched() throws IOException {
    Path site = tmp.resolve("site");
    ImportSummary summary = run(site, Optional.empty());
    assertThat(asked).isEmpty();
    assertThat(summary.images()).hasSize(4);
    assertThat(Files.readString(site.resolve("content/posts/kopi.md")))
        .contains("<img src=\"" + KOPI + "s320/kopi.png\"");
  }
}
