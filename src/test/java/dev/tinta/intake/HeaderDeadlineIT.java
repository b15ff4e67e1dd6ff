package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that sends its headers a line at a time (slowloris) is cut off after the header
 * deadline, though each line comes well within the idle timeout; a normal client on a kept-alive
 * connection is not.
 */
class HeaderDeadlineIT {
  @TempDir Path tmp;

  @Test
  @Timeout(30)
  void slowHeadersAreCutOffAndNormalRequestsAreNot() throws Exception {
    IntakeSite site = IntakeSite.write(tmp.resolve("site"), "", IntakeSite.relaxed());
    IntakeOptions options =
        IntakeOptions.of(site.dir())
            .withAddress("127.0.0.1", 0)
            .withSecretFile(Optional.of(tmp.resolve("secret")))
            .withLimits(
                ServerLimits.defaults()
                    .withHeaderTimeout(Duration.ofMillis(1000), Duration.ofSeconds(20)));
    try (IntakeServer server = IntakeServer.start(options, line -> {})) {
      long start = System.nanoTime();
      boolean closed = false;
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.setSoTimeout(200);
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        out.write("GET /healthz HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
        // at most 10 s of dribbling, one header every 300 ms
        for (int i = 0; i < 33 && !closed; i++) {
          try {
            out.write(("X-Slow-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            closed = in.read() == -1;
          } catch (java.net.SocketTimeoutException e) {
            // nothing to read yet: still open
          } catch (SocketException e) {
            closed = true;
          }
          Thread.sleep(100);
        }
      }
      long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
      assertThat(closed).as("connection closed by the server").isTrue();
      assertThat(millis).isBetween(900L, 5000L);

      // a quick client keeps its connection for a second request
      try (Socket s = new Socket("127.0.0.1", server.port())) {
        s.setSoTimeout(5000);
        String first = exchange(s);
        Thread.sleep(300);
        String second = exchange(s);
        assertThat(first).startsWith("HTTP/1.1 200");
        assertThat(second).startsWith("HTTP/1.1 200");
      }
    }
  }

  private static String exchange(Socket s) throws IOException {
    s.getOutputStream()
        .write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    StringBuilder out = new StringBuilder();
    InputStream in = s.getInputStream();
    while (!out.toString().endsWith("ok\n")) {
      int c = in.read();
      if (c < 0) {
        break;
      }
      out.append((char) c);
    }
    return out.toString();
  }
}
