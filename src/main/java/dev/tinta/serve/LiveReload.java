package dev.tinta.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events hub at {@link #PATH}: every open page keeps one connection, and {@link
 * #send} tells them all to reload (or to refresh their stylesheets).
 *
 * <p>A connection's handler returns at once and leaves the response open, so idle pages hold no
 * HTTP thread. Clients sit in a concurrent set; a client whose write fails (the tab was closed) is
 * dropped, and a comment every heartbeat makes sure that happens within one interval, and keeps
 * proxies from timing the stream out.
 */
final class LiveReload implements HttpHandler, AutoCloseable {
  /** Where pages listen for events. */
  static final String PATH = "/_tinta/events";

  /** What a page should do. */
  enum Event {
    /** Load the page again. */
    RELOAD("reload"),
    /** Re-fetch the stylesheets only. */
    CSS("css");

    private final String wire;

    Event(String wire) {
      this.wire = wire;
    }

    /** The event's name on the wire. */
    String wire() {
      return wire;
    }
  }

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService heartbeat;

  /** A hub that sends a keep-alive comment every {@code interval}. */
  LiveReload(Duration interval) {
    heartbeat = Executors.newSingleThreadScheduledExecutor(new NamedThreads("tinta-heartbeat"));
    long millis = Math.max(1, interval.toMillis());
    heartbeat.scheduleAtFixedRate(
        () -> broadcast(": heartbeat\n\n"), millis, millis, TimeUnit.MILLISECONDS);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (!PATH.equals(exchange.getRequestURI().getRawPath())) {
      try (exchange) {
        Responses.plain(exchange, 404, "Not found");
      }
      return;
    }
    if (!"GET".equals(exchange.getRequestMethod())) {
      try (exchange) {
        exchange.getResponseHeaders().set("Allow", "GET");
        Responses.plain(exchange, 405, "Method not allowed");
      }
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    Client client = new Client(exchange);
    clients.add(client);
    // after add(): a client that has read this line is sure to get every later event
    client.write(": connected\nretry: 1000\n\n");
  }

  /** Sends {@code event} to every open page. */
  void send(Event event) {
    broadcast("event: " + event.wire() + "\ndata: " + event.wire() + "\n\n");
  }

  /** How many pages are connected. */
  int clients() {
    return clients.size();
  }

  /** Ends every connection and stops the heartbeat. */
  @Override
  public void close() {
    heartbeat.shutdownNow();
    clients.forEach(Client::close);
  }

  private void broadcast(String text) {
    clients.forEach(c -> c.write(text));
  }

  /** One open event stream. */
  private final class Client {
    private final HttpExchange exchange;
    private final OutputStream body;

    Client(HttpExchange exchange) {
      this.exchange = exchange;
      this.body = exchange.getResponseBody();
    }

    /** Writes and flushes {@code text}; a failed write means the page is gone. */
    synchronized void write(String text) {
      try {
        body.write(text.getBytes(StandardCharsets.UTF_8));
        body.flush();
      } catch (IOException e) {
        close();
      }
    }

    synchronized void close() {
      clients.remove(this);
      exchange.close();
    }
  }
}
