/*
 * Throughput and latency of the comment intake server (tinta comments serve), issue #12.
 *
 * Every phase starts the server (target/tinta.jar) on 127.0.0.1 and a free port for a fresh
 * one-post site (rate limits lifted, min_seconds 0), fetches one form token per comment, sends
 * WARMUP comments as fast as the clients can (not counted), then TOTAL counted comments, all valid
 * JSON comments to the one post; it stops the server with SIGTERM and checks that the comments
 * file holds every accepted comment, by id and author. Two kinds of phase:
 *
 *   saturation  closed loop: CLIENTS clients each post their next comment as soon as the last one
 *               is answered. Gives the most accepted comments a second; its latencies are queueing
 *               at saturation (mean = CLIENTS / throughput, Little's law), not latency at a load.
 *   open loop   a fixed offered RATE: comment i is due at start + i / RATE, and CLIENTS clients
 *               take the due times in turn (client c sends comments c, c + CLIENTS, ...), as wrk2
 *               does. Latency is measured from the due time, not from the send, so a slow answer
 *               that delays a client's next send is counted in full (no coordinated omission).
 *
 * Each POST opens its own connection (the server closes every connection after a request with a
 * body), so a client is one connection at a time. A single-file Java program (JDK 17+) with plain
 * sockets, so the client costs little of the CPU it shares with the server:
 *
 *   java bench/IntakeBench.java                                # saturation, then 100/s and 200/s
 *   java bench/IntakeBench.java --rate 100 --runs 3            # medians of 3 runs
 *   java bench/IntakeBench.java --replies 20                   # 20% of comments reply to one
 *   java bench/IntakeBench.java --existing 10000               # a post that has 10,000 already
 *   java bench/IntakeBench.java --jfr /tmp/jfr                 # a JFR recording of each server
 */
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class IntakeBench {
  /** Approved comments written before the server starts, when replies need some to answer. */
  static final int SEEDED_FOR_REPLIES = 20;

  static int clients = 50;
  static int total = 2000;
  static int warmup = 300;
  static int runs = 1;
  static int replies = 0;
  static int existing = 0;
  static List<Integer> rates = List.of(100, 200);
  static boolean saturation = true;
  static Path jar = Path.of("target/tinta.jar");
  static Path jfr;
  static List<String> serverOptions = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clients" -> clients = Integer.parseInt(args[++i]);
        case "--total" -> total = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--replies" -> replies = Integer.parseInt(args[++i]);
        case "--existing" -> existing = Integer.parseInt(args[++i]);
        case "--rate" ->
            rates =
                args[++i].isEmpty() || args[i].equals("0")
                    ? List.of()
                    : Arrays.stream(args[i].split(",")).map(Integer::valueOf).toList();
        case "--no-saturation" -> saturation = false;
        case "--jar" -> jar = Path.of(args[++i]);
        case "--jfr" -> jfr = Path.of(args[++i]);
        case "--server-option" -> serverOptions.add(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
    }
    if (jfr != null) {
      Files.createDirectories(jfr);
    }
    if (replies > 0 && existing == 0) {
      existing = SEEDED_FOR_REPLIES;
    }
    System.out.printf(
        Locale.ROOT,
        "%d clients, %d comments (+%d warm-up) per phase, %d%% replies, %d comments before,"
            + " %d CPUs, jar %s%n",
        clients,
        total,
        warmup,
        replies,
        existing,
        Runtime.getRuntime().availableProcessors(),
        jar);
    List<String> phases = new ArrayList<>();
    if (saturation) {
      phases.add("saturation");
    }
    rates.forEach(r -> phases.add(r + "/s"));
    Map<String, List<Result>> byPhase = new HashMap<>();
    boolean allStored = true;
    for (int run = 1; run <= runs; run++) {
      for (String phase : phases) {
        int rate = phase.equals("saturation") ? 0 : Integer.parseInt(phase.replace("/s", ""));
        Result r = phase(run, phase, rate);
        System.out.println(r.line(run, phase));
        byPhase.computeIfAbsent(phase, k -> new ArrayList<>()).add(r);
        allStored &= r.allStored();
      }
    }
    System.out.println();
    System.out.println(runs == 1 ? "summary" : "medians of " + runs + " runs");
    System.out.println(Result.HEADER);
    for (String phase : phases) {
      System.out.println(Result.median(byPhase.get(phase)).row(phase));
    }
    System.out.println("every accepted comment stored: " + (allStored ? "yes" : "NO"));
    if (byPhase.containsKey("100/s")) {
      Result at100 = Result.median(byPhase.get("100/s"));
      boolean met = at100.refused == 0 && at100.perSecond >= 99 && at100.p99 < 100;
      System.out.println(
          "target (100 comments/s offered by "
              + clients
              + " clients to one post: all accepted, p99 < 100 ms): "
              + (met ? "met" : "not met"));
    }
    System.exit(allStored ? 0 : 1);
  }

  /** One phase on a fresh server: warm-up, the counted comments, stop, check the file. */
  static Result phase(int run, String name, int rate) throws Exception {
    Path site = Files.createTempDirectory("tinta-intake-bench-");
    Files.createDirectories(site.resolve("content/posts"));
    Files.writeString(
        site.resolve("site.yaml"),
        "title: Bench\nbase_url: https://bench.example.org/\ncomments:\n"
            + "  endpoint: http://127.0.0.1/\n  intake:\n    min_seconds: 0\n"
            + "    per_minute: 1000000\n    per_day: 1000000\n    per_hour_total: 1000000\n");
    Files.writeString(
        site.resolve("content/posts/post.md"),
        "---\ntitle: Bench post\ndate: 2026-01-01\n---\n\nHi.\n");
    if (existing > 0) {
      Files.createDirectories(site.resolve("content/comments"));
      StringBuilder seed = new StringBuilder("# comments for post\n");
      for (int i = 1; i <= existing; i++) {
        seed.append("- id: c").append(i).append("\n  author: \"Seed ").append(i).append("\"\n")
            .append("  date: 2026-01-01T00:00:00+00:00\n  status: approved\n")
            .append("  body: |\n    Seed comment ").append(i).append(" of the bench.\n");
      }
      Files.writeString(site.resolve("content/comments/post.yaml"), seed);
    }
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(serverOptions);
    if (jfr != null) {
      String file = jfr.resolve("run" + run + "-" + name.replace("/s", "ps") + ".jfr").toString();
      command.add("-XX:StartFlightRecording=filename=" + file + ",settings=profile");
    }
    command.addAll(
        List.of(
            "-jar", jar.toString(), "comments", "serve", "--site", site.toString(), "--port", "0"));
    Process server =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    var lines =
        new java.io.BufferedReader(
            new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Pattern address = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/");
    Matcher m = null;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      m = address.matcher(line);
      if (m.find()) {
        break;
      }
      m = null;
    }
    if (m == null) {
      server.destroyForcibly();
      throw new IllegalStateException("the server did not start");
    }
    Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
    drain.setDaemon(true);
    drain.start();
    InetSocketAddress addr = new InetSocketAddress("127.0.0.1", Integer.parseInt(m.group(1)));
    List<Comment> comments = comments(addr, warmup + total);
    String loadBefore = load();
    Outcome warm = closedLoop(addr, comments.subList(0, warmup));
    Thread.sleep(500);
    Outcome counted =
        rate == 0
            ? closedLoop(addr, comments.subList(warmup, comments.size()))
            : openLoop(addr, comments.subList(warmup, comments.size()), rate);
    String loadAfter = load();
    server.destroy();
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      throw new IllegalStateException("the server did not stop within 60 s");
    }
    Map<String, String> stored = stored(site.resolve("content/comments/post.yaml"));
    boolean allStored = stored.size() == warm.accepted + counted.accepted + existing;
    for (Outcome o : List.of(warm, counted)) {
      for (Map.Entry<String, String> e : o.ids.entrySet()) {
        allStored &= e.getValue().equals(stored.get(e.getKey()));
      }
    }
    return Result.of(counted, warm.refused, allStored, loadBefore + " -> " + loadAfter);
  }

  /** A comment to send: its request bytes and its author, by which the file is checked. */
  record Comment(String author, byte[] request) {}

  /** Fetches a token for each comment (over one kept-alive connection) and builds its request. */
  static List<Comment> comments(InetSocketAddress addr, int n) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    URI base = URI.create("http://127.0.0.1:" + addr.getPort() + "/");
    Pattern token = Pattern.compile("\"token\":\"([^\"]+)\"");
    List<Comment> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // replies percent of the comments, evenly spread, answer one of the approved comments before
      String parent =
          (i * replies) / 100 != ((i + 1) * replies) / 100 ? "c" + (1 + i % existing) : "";
      String body =
          http.send(
                  HttpRequest.newBuilder(
                          base.resolve(
                              "api/token?slug=post" + (parent.isEmpty() ? "" : "&parent=" + parent)))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher t = token.matcher(body);
      if (!t.find()) {
        throw new IllegalStateException("no token: " + body);
      }
      String author = "Bench " + i;
      String json =
          "{\"author\":\""
              + author
              + "\",\"body\":\"Comment "
              + i
              + " of the bench.\","
              + (parent.isEmpty() ? "" : "\"parent\":\"" + parent + "\",")
              + "\"token\":\""
              + t.group(1)
              + "\"}";
      byte[] content = json.getBytes(StandardCharsets.UTF_8);
      String head =
          "POST /c/post HTTP/1.1\r\nHost: 127.0.0.1:"
              + addr.getPort()
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + content.length
              + "\r\nConnection: close\r\n\r\n";
      byte[] head8 = head.getBytes(StandardCharsets.US_ASCII);
      byte[] request = Arrays.copyOf(head8, head8.length + content.length);
      System.arraycopy(content, 0, request, head8.length, content.length);
      out.add(new Comment(author, request));
    }
    return out;
  }

  /** What a phase's clients saw: latencies in ms, send lags (open loop), ids of accepted ones. */
  record Outcome(
      int accepted, int refused, double seconds, double[] latencies, double[] lags,
      Map<String, String> ids) {}

  /** Each client posts its next comment as soon as its last one is answered. */
  static Outcome closedLoop(InetSocketAddress addr, List<Comment> comments)
      throws InterruptedException {
    int n = comments.size();
    double[] latencies = new double[n];
    Map<String, String> ids = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    long start = System.nanoTime();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(
          started(
              () -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                  long t0 = System.nanoTime();
                  send(addr, comments.get(i), ids, refused);
                  latencies[i] = (System.nanoTime() - t0) / 1e6;
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(n - refused.get(), refused.get(), seconds, latencies, new double[0], ids);
  }

  /**
   * Comment i is due at start + i / rate; client c sends comments c, c + clients, ... each at its
   * due time or, when its previous one was answered late, at once. Latency counts from the due
   * time.
   */
  static Outcome openLoop(InetSocketAddress addr, List<Comment> comments, int rate)
      throws InterruptedException {
    int n = comments.size();
    double[] latencies = new double[n];
    double[] lags = new double[n];
    Map<String, String> ids = new java.util.concurrent.ConcurrentHashMap<>();
    AtomicInteger refused = new AtomicInteger();
    long start = System.nanoTime() + 200_000_000L;
    double interval = 1e9 / rate;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int first = c;
      threads.add(
          started(
              () -> {
                long free = 0;
                for (int i = first; i < n; i += clients) {
                  long due = start + Math.round(i * interval);
                  for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                  }
                  // the client's own lateness: from when it could have sent (due, or its last
                  // answer when that came later) to the send
                  long sent = System.nanoTime();
                  lags[i] = (sent - Math.max(due, free)) / 1e6;
                  send(addr, comments.get(i), ids, refused);
                  free = System.nanoTime();
                  latencies[i] = (free - due) / 1e6;
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Outcome(n - refused.get(), refused.get(), seconds, latencies, lags, ids);
  }

  static Thread started(Runnable r) {
    Thread t = new Thread(r);
    t.start();
    return t;
  }

  private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  /** One POST on its own connection; an accepted comment's id is remembered with its author. */
  static void send(
      InetSocketAddress addr, Comment comment, Map<String, String> ids, AtomicInteger refused) {
    try (Socket s = new Socket()) {
      s.setTcpNoDelay(true);
      s.connect(addr, 10_000);
      s.setSoTimeout(120_000);
      s.getOutputStream().write(comment.request());
      String answer = readAnswer(s.getInputStream());
      Matcher id = ID.matcher(answer);
      if (answer.startsWith("HTTP/1.1 202 ") && id.find()) {
        ids.put(id.group(1), comment.author());
      } else {
        refused.incrementAndGet();
      }
    } catch (IOException e) {
      refused.incrementAndGet();
    }
  }

  /** The status line, headers and body of one answer (the body's length from Content-Length). */
  static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream got = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    int bodyStart = -1;
    long length = -1;
    while (true) {
      int r = in.read(buf);
      if (r < 0) {
        break;
      }
      got.write(buf, 0, r);
      String text = got.toString(StandardCharsets.ISO_8859_1);
      if (bodyStart < 0 && text.contains("\r\n\r\n")) {
        bodyStart = text.indexOf("\r\n\r\n") + 4;
        Matcher cl =
            Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, bodyStart));
        length = cl.find() ? Long.parseLong(cl.group(1)) : -1;
      }
      if (bodyStart >= 0 && length >= 0 && got.size() >= bodyStart + length) {
        break;
      }
    }
    return got.toString(StandardCharsets.UTF_8);
  }

  /** Comment ids in the file with their authors, by the layout tinta writes. */
  static Map<String, String> stored(Path file) throws IOException {
    Map<String, String> out = new HashMap<>();
    String id = null;
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("- id: ")) {
        id = line.substring(6).strip();
      } else if (id != null && line.startsWith("  author: \"") && line.endsWith("\"")) {
        out.put(id, line.substring(11, line.length() - 1));
        id = null;
      }
    }
    return out;
  }

  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** A counted phase's figures. */
  record Result(
      int accepted,
      int refused,
      double perSecond,
      double p50,
      double p90,
      double p99,
      double max,
      double lag99,
      boolean allStored,
      String load) {
    static final String HEADER =
        "phase        accepted/s  refused  p50 ms  p90 ms  p99 ms  max ms  client lag p99 ms";

    static Result of(Outcome o, int warmRefused, boolean allStored, String load) {
      double[] lat = o.latencies().clone();
      Arrays.sort(lat);
      double[] lags = o.lags().clone();
      Arrays.sort(lags);
      return new Result(
          o.accepted(),
          o.refused() + warmRefused,
          o.accepted() / o.seconds(),
          pct(lat, 50),
          pct(lat, 90),
          pct(lat, 99),
          lat[lat.length - 1],
          lags.length == 0 ? Double.NaN : pct(lags, 99),
          allStored,
          load);
    }

    /** Each figure's median over runs (figure by figure). */
    static Result median(List<Result> rs) {
      return new Result(
          (int) med(rs, r -> r.accepted),
          (int) med(rs, r -> r.refused),
          med(rs, r -> r.perSecond),
          med(rs, r -> r.p50),
          med(rs, r -> r.p90),
          med(rs, r -> r.p99),
          med(rs, r -> r.max),
          med(rs, r -> r.lag99),
          rs.stream().allMatch(Result::allStored),
          "");
    }

    private static double med(List<Result> rs, java.util.function.ToDoubleFunction<Result> f) {
      double[] v = rs.stream().mapToDouble(f).sorted().toArray();
      return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    String row(String phase) {
      return String.format(
          Locale.ROOT,
          "%-12s %10.0f  %7d  %6.1f  %6.1f  %6.1f  %6.1f  %17s",
          phase,
          perSecond,
          refused,
          p50,
          p90,
          p99,
          max,
          Double.isNaN(lag99) ? "-" : String.format(Locale.ROOT, "%.1f", lag99));
    }

    String line(int run, String phase) {
      return String.format(
          Locale.ROOT,
          "run %d %s  stored: %s  load %s",
          run,
          row(phase),
          allStored ? "yes" : "NO",
          load);
    }
  }

  /** Nearest rank: the smallest value with at least p percent of the values at or below it. */
  static double pct(double[] sorted, int p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
