package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentStore;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tinta comments approve} run from the command line, in other JVMs, again and again while
 * the server writes new comments to the same file: no comment and no approval is lost.
 */
class IntakeApproveIT {
  private static final int CLIENTS = 4;
  private static final int PER_CLIENT = 40;
  private static final int APPROVE_RUNS = 6;

  @TempDir Path tmp;

  @Test
  @Timeout(300)
  void approvalsFromTheCliAndWritesFromTheServerInterleaveSafely() throws Exception {
    IntakeSite site = IntakeSite.write(tmp.resolve("site"), "", IntakeSite.relaxed());
    IntakeOptions options =
        IntakeOptions.of(site.dir())
            .withAddress("127.0.0.1", 0)
            .withSecretFile(Optional.of(tmp.resolve("secret")));
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> approved = ConcurrentHashMap.newKeySet();
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try (IntakeServer server = IntakeServer.start(options, line -> {})) {
      site.serveAt(server.uri());
      for (int t = 0; t < CLIENTS; t++) {
        int client = t;
        pool.execute(
            () -> {
              for (int i = 0; i < PER_CLIENT; i++) {
                String body = "approve-it c" + client + " n" + i;
                HttpResponse<String> r =
                    site.postJson("/c/open", site.comment("Client " + client, body));
                if (r.statusCode() == 202) {
                  acknowledged.add(body);
                } else {
                  failed.set(true);
                }
              }
            });
      }
      pool.shutdown();
      long end = System.nanoTime() + java.time.Duration.ofSeconds(240).toNanos();
      int runs = 0;
      while (runs < APPROVE_RUNS && !pool.isTerminated() && System.nanoTime() < end) {
        List<String> refs = new ArrayList<>();
        for (Comment c : store(site).all()) {
          if (c.status() == CommentStatus.PENDING && c.author().startsWith("Client ")) {
            refs.add("open/" + c.id());
          }
        }
        if (refs.isEmpty()) {
          Thread.sleep(200);
          continue;
        }
        assertThat(cli(site.dir(), refs)).isZero();
        refs.forEach(r -> approved.add(r.substring(5)));
        runs++;
      }
      assertThat(pool.awaitTermination(240, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failed).isFalse();
    assertThat(approved).isNotEmpty();
    List<Comment> all = store(site).all();
    assertThat(all.stream().map(c -> c.body().strip())).containsAll(acknowledged);
    assertThat(acknowledged).hasSize(CLIENTS * PER_CLIENT);
    for (Comment c : all) {
      if (approved.contains(c.id())) {
        assertThat(c.status()).as(c.id()).isEqualTo(CommentStatus.APPROVED);
      }
    }
  }

  private static CommentStore store(IntakeSite site) {
    return CommentStore.load(site.dir(), ConfigLoader.load(site.dir()).comments());
  }

  /** {@code tinta comments approve REFS...} in a child JVM. */
  private static int cli(Path site, List<String> refs) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dorg.freemarker.loggerLibrary=none");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.tinta.cli.Main");
    command.add("comments");
    command.add("approve");
    command.add("--site");
    command.add(site.toString());
    command.addAll(refs);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("pending -> approved");
    return p.exitValue();
  }
}
