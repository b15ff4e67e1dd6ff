package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentStore;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in a child JVM, killed with SIGKILL again and again while clients post: every comment
 * that got its 202 is in a file afterwards, and every file parses. Then SIGTERM: the server stops
 * within its stop timeout, and every acknowledged comment is there too.
 */
class IntakeCrashIT {
  private static final int ROUNDS = 6;
  private static final int CLIENTS = 8;
  private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

  @TempDir Path tmp;

  private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

  @Test
  @Timeout(300)
  void everyAcknowledgedCommentSurvivesSigkillAndSigterm() throws Exception {
    IntakeSite site = IntakeSite.write(tmp.resolve("site"), "", IntakeSite.relaxed());
    Path secret = tmp.resolve("secret");
    Random random = new Random(12);
    for (int round = 0; round < ROUNDS; round++) {
      ChildServer server =
          ChildServer.start(site.dir(), secret, tmp.resolve("logs"), "round" + round);
      AtomicBoolean stop = new AtomicBoolean();
      ExecutorService clients = post(server.uri(), round, stop);
      // kill while writes are going on: after this round's first answers (a cold JVM on a busy
      // machine takes a while), at a random moment
      int before = acknowledged.size();
      long wait = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (acknowledged.size() < before + 3 && System.nanoTime() < wait) {
        Thread.sleep(20);
      }
      assertThat(acknowledged.size())
          .as("answers in round " + round)
          .isGreaterThanOrEqualTo(before + 3);
      Thread.sleep(random.nextInt(500));
      server.kill();
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      assertEveryAcknowledgedCommentIsStored(site);
    }
    ChildServer server = ChildServer.start(site.dir(), secret, tmp.resolve("logs"), "term");
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = post(server.uri(), ROUNDS, stop);
    int before = acknowledged.size();
    long wait = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (acknowledged.size() < before + 3 && System.nanoTime() < wait) {
      Thread.sleep(20);
    }
    int exit = server.terminate(Duration.ofSeconds(30));
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(exit).as(server.stderr()).isEqualTo(143);
    assertEveryAcknowledgedCommentIsStored(site);
    assertThat(acknowledged).hasSizeGreaterThan((ROUNDS + 1) * 3);
  }

  private void assertEveryAcknowledgedCommentIsStored(IntakeSite site) {
    CommentStore store = CommentStore.load(site.dir(), ConfigLoader.load(site.dir()).comments());
    List<String> bodies = store.all().stream().map(Comment::body).map(String::strip).toList();
    assertThat(bodies).containsAll(acknowledged);
    assertThat(store.all().stream().map(c -> c.postSlug() + "/" + c.id()).distinct().count())
        .isEqualTo(store.all().size());
  }

  /** Clients that post until told to stop, each for at most 120 s, recording every 202. */
  private ExecutorService post(URI server, int round, AtomicBoolean stop) {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (int t = 0; t < CLIENTS; t++) {
      int client = t;
      pool.execute(
          () -> {
            long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            for (int i = 0; !stop.get() && System.nanoTime() < end; i++) {
              String body = "crash r" + round + " c" + client + " n" + i;
              try {
                String token = token(http, server);
                HttpResponse<String> r =
                    http.send(
                        HttpRequest.newBuilder(server.resolve("c/open"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(
                                HttpRequest.BodyPublishers.ofByteArray(
                                    Http.json(
                                        Map.of(
                                            "author", "Crash " + client,
                                            "body", body,
                                            "token", token))))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 202) {
                  acknowledged.add(body);
                }
              } catch (IOException e) {
                // the server is gone: wait for the next one
                sleep();
              } catch (InterruptedException e) {
                return;
              }
            }
          });
    }
    return pool;
  }

  private static String token(HttpClient http, URI server)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(server.resolve("api/token?slug=open"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    Matcher m = TOKEN.matcher(r.body());
    if (!m.find()) {
      throw new IOException("no token: " + r.statusCode());
    }
    return m.group(1);
  }

  private static void sleep() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
