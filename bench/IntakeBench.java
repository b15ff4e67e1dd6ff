/*
 * Throughput and latency of the comment intake server (tinta comments serve).
 *
 * Starts the server (target/tinta.jar) on 127.0.0.1 and a free port for a fresh one-post site
 * (rate limits lifted, min_seconds 0), fetches one form token per comment first, then has CLIENTS
 * concurrent clients post valid JSON comments to the one post until TOTAL are sent. Reports
 * accepted comments per second and latency percentiles of the POSTs, stops the server with
 * SIGTERM and checks that the comments file holds every accepted comment. A single-file Java
 * program (JDK 17+), so the client is no slower than the server it measures:
 *
 *   java bench/IntakeBench.java                          # 50 clients, 2,000 comments
 *   java bench/IntakeBench.java --clients 50 --total 500 --warmup 200 --jar target/tinta.jar
 */
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class IntakeBench {
  public static void main(String[] args) throws Exception {
    int clients = 50;
    int total = 2000;
    int warmup = 300;
    Path jar = Path.of("target/tinta.jar");
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[i + 1]);
        case "--total" -> total = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--jar" -> jar = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
    }
    Path site = Files.createTempDirectory("tinta-intake-bench-");
    Files.createDirectories(site.resolve("content/posts"));
    Files.writeString(
        site.resolve("site.yaml"),
        "title: Bench\nbase_url: https://bench.example.org/\ncomments:\n"
            + "  endpoint: http://127.0.0.1/\n  intake:\n    min_seconds: 0\n"
            + "    per_minute: 1000000\n    per_day: 1000000\n    per_hour_total: 1000000\n");
    Files.writeString(
        site.resolve("content/posts/post.md"), "---\ntitle: Bench post\ndate: 2026-01-01\n---\n\nHi.\n");
    Process server =
        new ProcessBuilder(
                "java", "-jar", jar.toString(), "comments", "serve", "--site", site.toString(),
                "--port", "0")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String line =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
            .readLine();
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
    if (!m.find()) {
      server.destroyForcibly();
      throw new IllegalStateException("the server did not start: " + line);
    }
    URI base = URI.create("http://127.0.0.1:" + m.group(1) + "/");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    List<String> tokens = new ArrayList<>();
    Pattern token = Pattern.compile("\"token\":\"([^\"]+)\"");
    for (int i = 0; i < total + warmup; i++) {
      String body =
          http.send(
                  HttpRequest.newBuilder(base.resolve("api/token?slug=post")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher t = token.matcher(body);
      t.find();
      tokens.add(t.group(1));
    }
    Result warm = phase(http, base, tokens, 0, warmup, clients);
    Result run = phase(http, base, tokens, warmup, warmup + total, clients);
    server.destroy();
    server.waitFor(60, TimeUnit.SECONDS);
    String file = Files.readString(site.resolve("content/comments/post.yaml"));
    int stored = file.split("\n- id: ", -1).length - 1;
    List<Double> lat = run.latencies;
    Collections.sort(lat);
    double perSecond = run.accepted / run.seconds;
    double p99 = pct(lat, 99);
    System.out.printf(Locale.ROOT, "clients %d, comments %d (+%d warm-up), %.1f s%n", clients, total, warmup, run.seconds);
    System.out.printf(Locale.ROOT, "accepted %d, refused %d, stored in the file %d%n", run.accepted, run.refused + warm.refused, stored);
    System.out.printf(Locale.ROOT, "accepted comments/s %.0f%n", perSecond);
    System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(lat, 50), pct(lat, 95), p99, lat.get(lat.size() - 1));
    boolean ok = run.refused == 0 && warm.refused == 0 && stored == run.accepted + warm.accepted;
    System.out.println("every accepted comment stored: " + (ok ? "yes" : "NO"));
    System.out.println("targets (>= 100 accepted/s, p99 < 100 ms): " + (perSecond >= 100 && p99 < 100 ? "met" : "not met"));
    System.exit(ok ? 0 : 1);
  }

  record Result(int accepted, int refused, double seconds, List<Double> latencies) {}

  static Result phase(HttpClient http, URI base, List<String> tokens, int from, int to, int clients)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger(from);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
              String json =
                  "{\"author\":\"Bench " + i + "\",\"body\":\"Comment " + i
                      + " of the bench.\",\"token\":\"" + tokens.get(i) + "\"}";
              long t0 = System.nanoTime();
              try {
                int status =
                    http.send(
                            HttpRequest.newBuilder(base.resolve("c/post"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                (status == 202 ? accepted : refused).incrementAndGet();
              } catch (IOException | InterruptedException e) {
                refused.incrementAndGet();
              }
              latencies.add((System.nanoTime() - t0) / 1e6);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    return new Result(accepted.get(), refused.get(), (System.nanoTime() - start) / 1e9, latencies);
  }

  static double pct(List<Double> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100));
  }
}
