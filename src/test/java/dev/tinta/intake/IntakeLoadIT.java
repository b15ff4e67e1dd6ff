package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentStore;
import dev.tinta.config.ConfigLoader;
import dev.tinta.model.Comment;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 valid comments sent at once, first all to one post, then spread over five: exactly 200
 * entries arrive, with unique ids, every one of them acknowledged, and every file parses.
 */
class IntakeLoadIT {
  static final int COMMENTS = 200;

  @TempDir Path tmp;

  @Test
  @Timeout(180)
  void twoHundredAtOnceToOnePost() throws Exception {
    run(List.of("open"));
  }

  @Test
  @Timeout(180)
  void twoHundredAtOnceSpreadOverPosts() throws Exception {
    run(List.of("open", "p1", "p2", "p3", "p4"));
  }

  private void run(List<String> slugs) throws Exception {
    IntakeSite site = IntakeSite.write(tmp.resolve("site"), "", IntakeSite.relaxed());
    for (String s : slugs) {
      if (!s.equals("open")) {
        site.file(
            "content/posts/" + s + ".md",
            "---\ntitle: " + s + "\ndate: 2026-01-05\n---\n\nText.\n");
      }
    }
    IntakeOptions options =
        IntakeOptions.of(site.dir())
            .withAddress("127.0.0.1", 0)
            .withSecretFile(Optional.of(tmp.resolve("secret")));
    ExecutorService pool = Executors.newFixedThreadPool(COMMENTS);
    try (IntakeServer server = IntakeServer.start(options, line -> {})) {
      site.serveAt(server.uri());
      List<Map<String, String>> fields = new ArrayList<>();
      for (int i = 0; i < COMMENTS; i++) {
        String slug = slugs.get(i % slugs.size());
        Map<String, String> f = site.comment("Reader " + i, "Load comment number " + i + ".");
        f.put("token", site.token(slug, ""));
        f.put("slug", slug);
        fields.add(f);
      }
      CountDownLatch go = new CountDownLatch(1);
      List<Future<String>> answers = new ArrayList<>();
      for (Map<String, String> f : fields) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  String slug = f.remove("slug");
                  HttpResponse<String> r = site.postJson("/c/" + slug, f);
                  return r.statusCode() + " " + slug + " " + r.body();
                }));
      }
      go.countDown();
      Set<String> acknowledged = new HashSet<>();
      for (Future<String> a : answers) {
        String answer = a.get(120, TimeUnit.SECONDS);
        assertThat(answer).matches("202 [a-z0-9]+ \\{\"id\":\"c[0-9]+\",\"status\":\"pending\"\\}");
        acknowledged.add(answer);
      }
      // every answer names another entry
      assertThat(acknowledged).hasSize(COMMENTS);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(30, TimeUnit.SECONDS);
    }
    CommentStore store = CommentStore.load(site.dir(), ConfigLoader.load(site.dir()).comments());
    List<Comment> added =
        store.all().stream().filter(c -> c.author().startsWith("Reader ")).toList();
    assertThat(added).hasSize(COMMENTS);
    Set<String> bodies = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (Comment c : added) {
      bodies.add(c.body());
      assertThat(ids.add(c.postSlug() + "/" + c.id())).as("unique id " + c.id()).isTrue();
      assertThat(c.body()).isEqualTo("Load comment number " + c.author().substring(7) + ".\n");
      assertThat(c.postSlug())
          .isEqualTo(slugs.get(Integer.parseInt(c.author().substring(7)) % slugs.size()));
    }
    assertThat(bodies).hasSize(COMMENTS);
  }
}
