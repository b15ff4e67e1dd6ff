package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.serve.SmallSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code tinta serve} in-process: it serves until interrupted, and refuses bad flags. */
@Timeout(60)
class ServeCommandTest {
  private static final Pattern SERVING =
      Pattern.compile("Serving at (http://127\\.0\\.0\\.1:\\d+/) \\(Ctrl\\+C to stop\\)");
  private static final Pattern BUILDING =
      Pattern.compile("Building into (\\S+) \\(deleted on exit\\)");

  @TempDir Path site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void servesUntilInterruptedThenDeletesItsOutput() throws Exception {
    SmallSite.create(site);
    AtomicInteger code = new AtomicInteger(-1);
    Thread serve =
        new Thread(
            () -> code.set(run("serve", "--site", site.toString(), "--port", "0")), "test-serve");
    serve.start();
    Matcher serving = SERVING.matcher("");
    while (!serving.reset(out.toString()).find()) {
      assertThat(serve.isAlive()).as(err.toString()).isTrue();
      Thread.sleep(20);
    }
    Matcher building = BUILDING.matcher(out.toString());
    assertThat(building.find()).isTrue();
    Path output = Path.of(building.group(1));
    assertThat(output).isDirectory();

    HttpResponse<String> home =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(serving.group(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Serve test site");

    serve.interrupt();
    serve.join(30_000);
    assertThat(serve.isAlive()).isFalse();
    assertThat(code.get()).isZero();
    assertThat(output.getParent()).doesNotExist();
    assertThat(site.resolve("site-output")).doesNotExist();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void portOutOfRangeIsAUsageError() {
    assertThat(run("serve", "--site", site.toString(), "--port", "70000")).isEqualTo(2);
    assertThat(err.toString()).contains("--port must be between 0 and 65535, not 70000");
  }

  @Test
  void aPortInUseIsAUsageErrorWithAHint() throws Exception {
    SmallSite.create(site);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThat(run("serve", "--site", site.toString(), "--port", Integer.toString(port)))
          .isEqualTo(2);
      assertThat(err.toString())
          .contains("cannot listen on 127.0.0.1:" + port + ": ")
          .contains("--port 0 for a free one");
    }
    assertThat(site.resolve("site-output")).doesNotExist();
  }

  @Test
  void helpListsTheOptions() {
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString())
        .contains(
            "--port=PORT",
            "--bind=ADDRESS",
            "--drafts",
            "--future",
            "--site=DIR",
            "1313",
            "127.0.0.1");
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).containsPattern("(?m)^\\s+serve\\s+Build the site into a temp");
  }

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }
}
