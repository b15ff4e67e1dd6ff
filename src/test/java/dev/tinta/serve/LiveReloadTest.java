package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The SSE hub alone, behind a bare HttpServer, with a fast heartbeat. */
@Timeout(30)
class LiveReloadTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private HttpServer server;
  private ExecutorService executor;
  private LiveReload hub;
  private URI events;
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws IOException {
    hub = new LiveReload(Duration.ofMillis(50));
    executor = Executors.newCachedThreadPool();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(LiveReload.PATH, hub);
    server.setExecutor(executor);
    server.start();
    events = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + LiveReload.PATH);
  }

  @AfterEach
  void stop() {
    hub.close();
    server.stop(0);
    executor.shutdownNow();
  }

  @Test
  void everyClientGetsEveryEvent() throws Exception {
    try (EventStream a = new EventStream(client, events);
        EventStream b = new EventStream(client, events)) {
      assertThat(hub.clients()).isEqualTo(2);
      hub.send(LiveReload.Event.RELOAD);
      hub.send(LiveReload.Event.CSS);
      for (EventStream s : new EventStream[] {a, b}) {
        assertThat(s.next(WAIT)).isEqualTo(new EventStream.Event("reload", "reload"));
        assertThat(s.next(WAIT)).isEqualTo(new EventStream.Event("css", "css"));
      }
    }
  }

  @Test
  void heartbeatCommentsKeepComing() throws Exception {
    try (EventStream s = new EventStream(client, events)) {
      long end = System.nanoTime() + WAIT.toNanos();
      while (s.comments().stream().filter(c -> c.equals(": heartbeat")).count() < 2
          && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      assertThat(s.comments()).contains(": heartbeat");
      assertThat(s.poll(Duration.ZERO)).isNull();
    }
  }

  @Test
  void closedClientsAreDropped() throws Exception {
    try (EventStream kept = new EventStream(client, events)) {
      try (Socket gone = new Socket(InetAddress.getLoopbackAddress(), events.getPort())) {
        gone.getOutputStream()
            .write(
                ("GET " + LiveReload.PATH + " HTTP/1.1\r\nHost: x\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = gone.getInputStream();
        byte[] greeting = ": connected".getBytes(StandardCharsets.US_ASCII);
        readUntil(in, greeting);
        assertThat(hub.clients()).isEqualTo(2);
      }
      long end = System.nanoTime() + WAIT.toNanos();
      while (hub.clients() > 1 && System.nanoTime() < end) {
        Thread.sleep(20);
      }
      assertThat(hub.clients()).isEqualTo(1);
      hub.send(LiveReload.Event.RELOAD);
      assertThat(kept.next(WAIT).name()).isEqualTo("reload");
    }
  }

  @Test
  void closeEndsEveryStream() throws Exception {
    try (EventStream s = new EventStream(client, events)) {
      hub.close();
      assertThat(hub.clients()).isZero();
      assertThat(s.awaitEnd(WAIT)).isTrue();
    }
  }

  @Test
  void onlyGetOnTheExactPath() {
    InetSocketAddress address = server.getAddress();
    RawHttp.Response post = RawHttp.send(address, "POST", LiveReload.PATH);
    assertThat(post.status()).isEqualTo(405);
    assertThat(post.header("Allow")).isEqualTo("GET");
    RawHttp.Response head = RawHttp.send(address, "HEAD", LiveReload.PATH);
    assertThat(head.status()).isEqualTo(405);
    assertThat(head.body()).isEmpty();
    assertThat(RawHttp.send(address, "GET", LiveReload.PATH + "/x").status()).isEqualTo(404);
    assertThat(RawHttp.send(address, "GET", LiveReload.PATH + "x").status()).isEqualTo(404);
  }

  private static void readUntil(InputStream in, byte[] marker) throws IOException {
    int matched = 0;
    while (matched < marker.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("stream ended before " + new String(marker, StandardCharsets.UTF_8));
      }
      matched = b == marker[matched] ? matched + 1 : (b == marker[0] ? 1 : 0);
    }
  }
}
