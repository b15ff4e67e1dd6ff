package dev.tinta.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Server-Sent Events client for tests: connects, waits until the server has registered it, and
 * hands out events (name and data) as they arrive, parsed as the HTML spec's EventSource does.
 */
final class EventStream implements AutoCloseable {
  /** One dispatched event. */
  record Event(String name, String data) {}

  private final InputStream body;
  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final List<String> comments = new ArrayList<>();
  private final Object lock = new Object();
  private final Thread reader;
  private final CountDownLatch ended = new CountDownLatch(1);

  /** Connects to {@code url}; returns once the server's greeting has arrived. */
  EventStream(HttpClient client, URI url) {
    try {
      HttpResponse<InputStream> response =
          client.send(
              HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("status " + response.statusCode());
      }
      if (!response
          .headers()
          .firstValue("Content-Type")
          .orElse("")
          .startsWith("text/event-stream")) {
        throw new IllegalStateException("not an event stream: " + response.headers());
      }
      body = response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    String first;
    try {
      first = lines.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!": connected".equals(first)) {
      throw new IllegalStateException("unexpected greeting: " + first);
    }
    reader = new Thread(() -> read(lines), "test-sse-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** The next event, waiting up to {@code timeout}; fails the test when none comes. */
  Event next(Duration timeout) throws InterruptedException {
    Event e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (e == null) {
      throw new AssertionError("no event within " + timeout);
    }
    return e;
  }

  /** The next event within {@code timeout}, or null. */
  Event poll(Duration timeout) throws InterruptedException {
    return events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The comment lines received so far (heartbeats). */
  List<String> comments() {
    synchronized (lock) {
      return List.copyOf(comments);
    }
  }

  private void read(BufferedReader lines) {
    String name = "";
    StringBuilder data = new StringBuilder();
    try {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isEmpty()) {
          if (data.length() > 0) {
            events.add(
                new Event(name.isEmpty() ? "message" : name, data.substring(0, data.length() - 1)));
          }
          name = "";
          data.setLength(0);
        } else if (line.startsWith(":")) {
          synchronized (lock) {
            comments.add(line);
          }
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip()).append('\n');
        }
      }
    } catch (IOException e) {
      // closed
    } finally {
      ended.countDown();
    }
  }

  /** Whether the server ended the stream within {@code timeout}. */
  boolean awaitEnd(Duration timeout) throws InterruptedException {
    return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}
