package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.comments.NewComment;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser and the command line moderate the same comments file at the same time: the browser
 * approves and edits through the server while another moderator (what {@code tinta comments spam}
 * and {@code add} run, with its own lock handle) marks other comments as spam and adds new ones.
 * Every change of both is in the file at the end.
 */
class AdminConcurrencyTest {
  @TempDir Path tmp;

  @Test
  @Timeout(120)
  void browserAndCommandLineAtOnceLoseNothing() throws Exception {
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      yaml.append(
          """
          - id: c%d
            author: Reader %d
            date: 2026-02-01T10:%02d:00+07:00
            status: pending
            body: |
              Comment %d.
          """
              .formatted(i, i, i % 60, i));
    }
    AdminSite site = AdminSite.write(tmp.resolve("site"), yaml.toString());
    try (site) {
      site.start(Clock.systemUTC(), false, () -> {}, Optional::empty);
      String csrf = site.signIn();
      CommentModerator cli =
          new CommentModerator(site.dir, CommentSettings.defaults(), Clock.systemUTC());
      ExecutorService pool = Executors.newFixedThreadPool(2);
      Future<List<Integer>> browser =
          pool.submit(
              () -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 1; i <= 30; i++) {
                  String action = i <= 25 ? "approve" : "edit";
                  HttpResponse<String> r =
                      site.post(
                          "/admin/c/open/c" + i + "/" + action,
                          List.of("csrf", csrf, "body", "Edited " + i + "."));
                  statuses.add(r.statusCode());
                }
                return statuses;
              });
      Future<?> commandLine =
          pool.submit(
              () -> {
                for (int i = 31; i <= 60; i++) {
                  cli.setStatus(List.of(new CommentRef("open", "c" + i)), CommentStatus.SPAM);
                  if (i % 3 == 0) {
                    cli.add(new NewComment("open", "Late " + i, "", "", "Late comment " + i));
                  }
                }
                return null;
              });
      assertThat(browser.get(100, TimeUnit.SECONDS)).containsOnly(303);
      commandLine.get(100, TimeUnit.SECONDS);
      pool.shutdown();

      List<Comment> after = cli.comments("open");
      assertThat(after).hasSize(70);
      Map<String, Comment> byId = after.stream().collect(Collectors.toMap(Comment::id, c -> c));
      for (int i = 1; i <= 25; i++) {
        assertThat(byId.get("c" + i).status()).as("c" + i).isEqualTo(CommentStatus.APPROVED);
      }
      for (int i = 26; i <= 30; i++) {
        assertThat(byId.get("c" + i).body()).isEqualTo("Edited " + i + ".\n");
        assertThat(byId.get("c" + i).status()).isEqualTo(CommentStatus.PENDING);
      }
      for (int i = 31; i <= 60; i++) {
        assertThat(byId.get("c" + i).status()).as("c" + i).isEqualTo(CommentStatus.SPAM);
      }
      assertThat(after.stream().filter(c -> c.author().startsWith("Late ")).count()).isEqualTo(10);
    }
  }
}
