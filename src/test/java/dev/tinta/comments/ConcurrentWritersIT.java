package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two writer processes appending to one comments file at once lose nothing. */
class ConcurrentWritersIT {
  @TempDir Path site;

  @Test
  @Timeout(180)
  void twoProcessesAddingFiftyCommentsEachKeepAllOfThem() throws Exception {
    TestSite.write(site, CommentModeratorTest.FILE, CommentModeratorTest.ORIGINAL);

    List<Process> writers = new ArrayList<>();
    for (String name : List.of("alpha", "beta")) {
      writers.add(
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ConcurrentAddMain.class.getName(),
                  site.toString(),
                  "post",
                  name,
                  "50")
              .redirectErrorStream(true)
              .redirectOutput(site.resolve(name + ".log").toFile())
              .start());
    }
    for (Process p : writers) {
      assertThat(p.waitFor(150, TimeUnit.SECONDS)).as("writer finished").isTrue();
      assertThat(p.exitValue()).as("writer exit code; see its log").isZero();
    }

    List<Comment> all = CommentStore.load(site, CommentSettings.defaults()).all();
    assertThat(all).hasSize(103);
    assertThat(all).map(Comment::id).doesNotHaveDuplicates();
    assertThat(all.subList(3, 103))
        .map(Comment::body)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 100)
                .mapToObj(i -> (i < 50 ? "alpha says " + i : "beta says " + (i - 50)) + "\n")
                .toList());
    // each writer's comments stay in its own order
    for (String name : List.of("alpha", "beta")) {
      assertThat(all)
          .filteredOn(c -> c.author().equals(name))
          .map(Comment::body)
          .containsExactlyElementsOf(
              IntStream.range(0, 50).mapToObj(i -> name + " says " + i + "\n").toList());
    }
    assertThat(TestSite.read(site, CommentModeratorTest.FILE))
        .startsWith(CommentModeratorTest.ORIGINAL);
  }
}
