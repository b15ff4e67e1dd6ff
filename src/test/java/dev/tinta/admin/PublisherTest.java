package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.pipeline.BuildOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishing after moderation: the first build on start, a rebuild after a change with the approved
 * comment on the post page, the command after each good build, and a failed rebuild that keeps the
 * last good site and says why until a good one.
 */
class PublisherTest {
  @TempDir Path tmp;

  private static void await(BooleanSupplier condition) throws InterruptedException {
    while (!condition.getAsBoolean()) {
      Thread.sleep(20);
    }
  }

  private static Document post(Path out) throws Exception {
    return Jsoup.parse(
        Files.readString(out.resolve("2026/01/open/index.html"), StandardCharsets.UTF_8));
  }

  @Test
  @Timeout(120)
  void rebuildsAfterAChangeAndKeepsTheLastGoodSiteWhenARebuildFails() throws Exception {
    AdminSite site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    Path out = tmp.resolve("public");
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CommentModerator moderator =
        new CommentModerator(site.dir, CommentSettings.defaults(), Clock.systemUTC());
    try (Publisher publisher =
        Publisher.start(
            BuildOptions.of(site.dir).withOutput(out),
            Optional.of(
                "echo \"built $(ls public 2>/dev/null | wc -l)\" >> published.txt; echo hi"),
            Duration.ofMillis(100),
            log::add)) {
      await(() -> publisher.published() == 1);
      assertThat(post(out).select(".comment-body").eachText()).containsExactly("First!");

      moderator.setStatus(List.of(new CommentRef("open", "c2")), CommentStatus.APPROVED);
      publisher.changed();
      await(() -> publisher.published() == 2);
      assertThat(post(out).select(".comment-body").eachText())
          .containsExactly("First!", "Waiting.");
      await(
          () ->
              log.contains("after-publish: hi")
                  && log.stream().filter("after-publish: hi"::equals).count() == 2);
      assertThat(site.read("published.txt").lines()).hasSize(2);
      assertThat(publisher.problem()).isEmpty();

      String good = site.read("content/comments/open.yaml");
      site.file("content/comments/open.yaml", good + "- id: [broken\n");
      publisher.changed();
      await(() -> publisher.problem().isPresent());
      assertThat(publisher.problem().get()).startsWith("content/comments/open.yaml:");
      assertThat(post(out).select(".comment-body").eachText())
          .containsExactly("First!", "Waiting.");
      assertThat(publisher.published()).isEqualTo(2);

      site.file("content/comments/open.yaml", good);
      moderator.setStatus(List.of(new CommentRef("open", "c3")), CommentStatus.APPROVED);
      publisher.changed();
      await(() -> publisher.published() == 3);
      assertThat(publisher.problem()).isEmpty();
      assertThat(post(out).select(".comment-body").eachText())
          .containsExactly("First!", "Waiting.", "Also waiting.");
    }
  }

  @Test
  @Timeout(60)
  void aFailingCommandIsShownAsTheProblem() throws Exception {
    AdminSite site = AdminSite.write(tmp.resolve("site"), AdminSite.COMMENTS);
    try (Publisher publisher =
        Publisher.start(
            BuildOptions.of(site.dir).withOutput(tmp.resolve("public")),
            Optional.of("echo no >&2; exit 3"),
            Duration.ofMillis(100),
            line -> {})) {
      await(() -> publisher.problem().isPresent());
      assertThat(publisher.problem()).hasValue("the after-publish command exited with 3");
      assertThat(publisher.published()).isEqualTo(1);
    }
  }
}
