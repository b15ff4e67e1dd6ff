package dev.tinta.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's server in this JVM, on loopback, with a runner that records what it was asked. */
@Timeout(60)
class BuildDaemonTest {
  @TempDir Path tmp;
  private final List<List<String>> ran = new CopyOnWriteArrayList<>();
  private final java.util.concurrent.ExecutorService pool = Executors.newCachedThreadPool();
  private Path jar;
  private DaemonFile file;
  private Future<Boolean> serving;
  private volatile CountDownLatch gate = new CountDownLatch(0);

  @BeforeEach
  void start() throws Exception {
    jar = Files.writeString(tmp.resolve("tinta.jar"), "jar");
    file = new DaemonFile(tmp.resolve("daemons"), "k1");
    serve();
  }

  private void serve() throws Exception {
    BuildDaemon daemon =
        new BuildDaemon(
            file,
            JarStamp.of(jar),
            (args, out, err, terminal) -> {
              ran.add(args);
              if (args.contains("--oom")) {
                throw new OutOfMemoryError("a site too large for the heap");
              }
              out.println(
                  "built " + args.get(args.size() - 1) + (terminal ? " on a terminal" : ""));
              out.print("\r[###   ] 50%");
              out.flush();
              err.println("a warning\nand another");
              try {
                gate.await(20, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return args.contains("--fail") ? 1 : 0;
            },
            Duration.ofMinutes(1));
    serving = pool.submit(daemon::serve);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.isRegularFile(file.portFile()) && System.nanoTime() < until) {
      Thread.sleep(10);
    }
  }

  @AfterEach
  void stop() throws Exception {
    gate.countDown();
    for (Daemons.Entry d : Daemons.list(file.folder())) {
      Daemons.stop(d);
    }
    serving.get(20, TimeUnit.SECONDS);
    pool.shutdownNow();
  }

  @Test
  void aBuildsOutputComesBackAsFramesThenItsExitCode() throws IOException {
    List<String> answer = send(token(), "/home/ana/blog", true, "build", "--fail");
    assertThat(answer)
        .containsExactly(
            "o built /home/ana/blog on a terminal",
            "O \r[###   ] 50%",
            "e a warning",
            "e and another",
            "x 1");
    assertThat(ran).containsExactly(List.of("build", "--fail", "--site", "/home/ana/blog"));
  }

  @Test
  void thePortFileIsPrivateToTheUserAndASecondDaemonOfTheKeyStepsAside() throws Exception {
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.portFile())))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.folder())))
        .isEqualTo("rwx------");
    BuildDaemon second =
        new BuildDaemon(file, JarStamp.of(jar), (a, o, e, t) -> 0, Duration.ofMinutes(1));
    assertThat(second.serve()).isFalse();
  }

  @Test
  void aWrongTokenOrAnotherCommandGetsNothingRun() throws IOException {
    assertThat(send("0".repeat(48), "/x", false, "build")).isEmpty();
    assertThat(send(token(), "/x", false, "serve"))
        .containsExactly("r the daemon only runs tinta build");
    assertThat(send(token(), "relative", false, "build")).isEmpty();
    assertThat(ran).isEmpty();
  }

  @Test
  void buildsOfOneSiteWaitForEachOtherAndOtherSitesDoNot() throws Exception {
    gate = new CountDownLatch(1);
    String token = token();
    Future<List<String>> a1 = pool.submit(() -> send(token, "/a", false, "build"));
    Future<List<String>> b = pool.submit(() -> send(token, "/b", false, "build"));
    awaitRuns(2);
    Future<List<String>> a2 = pool.submit(() -> send(token, "/a", false, "build"));
    Thread.sleep(300);
    assertThat(ran).hasSize(2); // the second build of /a waits for the first
    gate.countDown();
    assertThat(a1.get(20, TimeUnit.SECONDS)).endsWith("x 0");
    assertThat(b.get(20, TimeUnit.SECONDS)).endsWith("x 0");
    assertThat(a2.get(20, TimeUnit.SECONDS)).endsWith("x 0");
    assertThat(ran).hasSize(3);
  }

  @Test
  void aChangedJarIsRefusedAndTheDaemonStopsAfterTheBuildsInFlight() throws Exception {
    gate = new CountDownLatch(1);
    String token = token();
    Future<List<String>> inFlight = pool.submit(() -> send(token, "/a", false, "build"));
    awaitRuns(1);
    Files.writeString(jar, "a newer jar");
    assertThat(send(token, "/b", false, "build"))
        .containsExactly("r tinta's jar changed since the daemon started");
    assertThat(serving.isDone()).isFalse(); // the build in flight still runs
    gate.countDown();
    assertThat(inFlight.get(20, TimeUnit.SECONDS)).endsWith("x 0");
    assertThat(serving.get(20, TimeUnit.SECONDS)).isTrue();
    assertThat(file.portFile()).doesNotExist();
  }

  @Test
  void aSiteWhoseBuildTheDaemonDidNotSurviveBuildsWithoutItFromThenOn() throws Exception {
    String token = token();
    assertThat(send(token, "/big", false, "build", "--oom"))
        .containsExactly("r the daemon ran out of memory");
    assertThat(serving.get(20, TimeUnit.SECONDS)).isTrue();
    // a daemon that died in a build of /huge (ExitOnOutOfMemoryError) left its marker behind
    Files.writeString(file.folder().resolve("k1.building-0123456789abcdef"), "/huge\n");

    serve();
    token = token();
    String told =
        "e tinta: an earlier build of this site did not finish in the build daemon (too large for"
            + " its memory?); it builds without the daemon";
    String refused = "r an earlier build of this site did not finish in the daemon";
    assertThat(send(token, "/big", false, "build")).containsExactly(told, refused);
    assertThat(send(token, "/big", false, "build")).containsExactly(refused);
    assertThat(send(token, "/huge", false, "build")).containsExactly(told, refused);
    assertThat(send(token, "/small", false, "build")).endsWith("x 0");
    assertThat(ran).hasSize(2); // /big once, /small once
    try (var left = Files.list(file.folder())) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("building"));
    }
    assertThat(Files.readAllLines(file.folder().resolve("k1.direct")))
        .containsExactlyInAnyOrder("/big", "/huge");
  }

  private void awaitRuns(int n) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (ran.size() < n && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(ran).hasSize(n);
  }

  private String token() throws IOException {
    return Daemons.list(file.folder()).get(0).token();
  }

  private List<String> send(String token, String cwd, boolean terminal, String... args)
      throws IOException {
    int port = Daemons.list(file.folder()).get(0).port();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      StringBuilder request = new StringBuilder(DaemonRequest.GREETING + token + "\n");
      request
          .append("cwd ")
          .append(cwd)
          .append("\nterminal ")
          .append(terminal ? 1 : 0)
          .append('\n');
      for (String a : args) {
        request.append("arg ").append(a).append('\n');
      }
      request.append("end\n");
      s.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      // frames end at \n only: a progress bar's \r is part of its frame
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return answer.isEmpty() ? List.of() : List.of(answer.split("\n"));
    }
  }
}
