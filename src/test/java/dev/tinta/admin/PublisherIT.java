package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.cli.Main;
import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.NewComment;
import dev.tinta.model.CommentSettings;
import dev.tinta.pipeline.BuildOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comment server with {@code --publish} publishes moderation made outside it: {@code tinta
 * comments approve} run meanwhile (in another thread, as another terminal would) and a hand edit of
 * the YAML reach the output folder's post page; the server's own writes publish nothing more than
 * they should (a reader's pending comment nothing, a moderation on its pages one rebuild).
 */
class PublisherIT {
  private static final Duration BOUND = Duration.ofSeconds(60);

  @TempDir Path tmp;

  @Test
  @Timeout(300)
  void moderationOutsideTheServerIsPublished() throws Exception {
    AdminSite site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    Path out = tmp.resolve("public");
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    try (Publisher publisher =
            Publisher.start(
                BuildOptions.of(site.dir).withOutput(out),
                Optional.empty(),
                Duration.ofMillis(300),
                log::add);
        site) {
      site.start(Clock.systemUTC(), false, publisher, publisher::problem);
      await("the first build", () -> publisher.published() == 1);
      assertThat(bodies(out)).containsExactly("First!");

      // the command line, while the server runs
      int looks = publisher.looks();
      CompletableFuture<String> cli =
          CompletableFuture.supplyAsync(() -> cli(site.dir, "comments", "approve", "open/c2"));
      assertThat(cli.get()).startsWith("0\n");
      await("the approval on the post page", () -> bodies(out).contains("Waiting."));
      settled(publisher, looks);
      assertThat(bodies(out)).containsExactly("First!", "Waiting.");
      assertThat(publisher.published()).isEqualTo(2);

      // an editor's save of the YAML (a typo fixed in an approved comment)
      looks = publisher.looks();
      site.file(
          "content/comments/open.yaml",
          site.read("content/comments/open.yaml").replace("First!", "First! (edited)"));
      await("the edit on the post page", () -> bodies(out).contains("First! (edited)"));
      settled(publisher, looks);
      assertThat(publisher.published()).isEqualTo(3);

      // the server's own write of a reader's pending comment publishes nothing
      looks = publisher.looks();
      new CommentModerator(site.dir, CommentSettings.defaults(), Clock.systemUTC())
          .add(new NewComment("open", "Dewi", "", "", "Pending."));
      settled(publisher, looks);
      assertThat(publisher.published()).isEqualTo(3);

      // a moderation on the server's pages: its own change and the watcher's look make one build
      looks = publisher.looks();
      String csrf = site.signIn();
      assertThat(
              site.post("/admin/c/open/c3/approve", List.of("csrf", csrf, "back", "pending"))
                  .statusCode())
          .isEqualTo(303);
      await("the approval on the post page", () -> bodies(out).contains("Also waiting."));
      settled(publisher, looks);
      assertThat(publisher.published()).isEqualTo(4);
      assertThat(publisher.problem()).isEmpty();
    }
  }

  /** Runs the command line in-process; its exit code, a line break, and what it printed. */
  private static String cli(Path site, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--site");
    all.add(site.toString());
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return code + "\n" + out + err;
  }

  /** The comment bodies on the published post page; none while it is not built. */
  private static List<String> bodies(Path out) {
    Path page = out.resolve("2026/01/open/index.html");
    try {
      return Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8))
          .select(".comment-body")
          .eachText();
    } catch (java.io.IOException e) {
      return List.of();
    }
  }

  /**
   * Waits until the publisher has looked at the files changed since it had looked {@code looks}
   * times, and has no rebuild waiting or under way: nothing more will be published.
   */
  private static void settled(Publisher publisher, int looks) throws InterruptedException {
    await("the watcher's look", () -> publisher.looks() > looks && !publisher.busy());
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + BOUND.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what + " after " + BOUND);
      }
      Thread.sleep(20);
    }
  }
}
