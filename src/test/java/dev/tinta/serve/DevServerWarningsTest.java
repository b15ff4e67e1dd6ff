package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server prints a build's warnings (issue #11) when they first appear, and keeps serving:
 * not again on every rebuild, which would bury the rebuild lines.
 */
@Timeout(60)
class DevServerWarningsTest {
  private static final String NOTES =
      "content/notes.txt: warning: not used: tinta reads nothing from this file";

  @TempDir Path site;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private DevServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void warningsArePrintedOnceWhenTheyAppear() throws Exception {
    SmallSite.create(site);
    SmallSite.write(site, "content/notes.txt", "not a post");
    server =
        new DevServer(
            ServeOptions.of(site)
                .withAddress(ServeOptions.LOOPBACK, 0)
                .withTimings(Duration.ofMillis(100), Duration.ofSeconds(15)),
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    server.start();
    assertThat(err.toString()).startsWith(NOTES + " (hint: ");
    assertThat(out.toString()).contains(" · 1 warning (1 unused file)\n");

    SmallSite.write(
        site, SmallSite.FIRST, SmallSite.post("First post", "2024-01-02T10:00:00Z", "Edited."));
    awaitLines(1);
    assertThat(occurrences(err.toString(), NOTES)).isEqualTo(1);

    SmallSite.write(site, "content/more.txt", "another");
    awaitLines(2);
    assertThat(occurrences(err.toString(), NOTES)).isEqualTo(1);
    assertThat(err.toString())
        .contains("content/more.txt: warning: not used: tinta reads nothing from this file");
  }

  /** Waits until the server printed {@code n} "Rebuilt" lines. */
  private void awaitLines(int n) throws InterruptedException {
    await(() -> occurrences(out.toString(), "Rebuilt in ") >= n);
  }

  private static void await(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for a rebuild");
      }
      Thread.sleep(20);
    }
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
