package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.cli.BuildCommandTest.CliRun;
import dev.tinta.pipeline.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
  @TempDir Path site;

  @Test
  void newPostWritesASkeletonDatedToday() throws IOException {
    LocalDate before = LocalDate.now();
    CliRun run = CliRun.of("new", "post", "Halo Dunia", "--site", site.toString());
    LocalDate after = LocalDate.now();

    assertThat(run.err()).isEmpty();
    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("Created content/posts/halo-dunia.md\n");
    assertThat(FileTrees.names(site))
        .containsExactly("content", "content/posts", "content/posts/halo-dunia.md");
    String text =
        Files.readString(site.resolve("content/posts/halo-dunia.md"), StandardCharsets.UTF_8);
    assertThat(text)
        .matches(
            "---\ntitle: \"Halo Dunia\"\ndate: \\d{4}-\\d\\d-\\d\\d\n"
                + "tags: \\[\\]\ndraft: true\n---\n\nWrite here.\n");
    // The system clock's date, whichever side of midnight the command ran on.
    String date = text.lines().filter(l -> l.startsWith("date: ")).findFirst().orElseThrow();
    assertThat(date).isIn("date: " + before, "date: " + after);
  }

  @Test
  void theNewPostBuildsAsADraft() {
    assertThat(CliRun.of("new", "post", "Halo \"Dunia\" \\ 2", "--site", site.toString()).code())
        .isZero();
    Path out = site.resolve("out");
    CliRun build =
        CliRun.of(
            "build", "--drafts", "--future", "--site", site.toString(), "--output", out.toString());
    assertThat(build.err()).isEmpty();
    assertThat(build.code()).isZero();
    assertThat(build.out()).startsWith("Posts 1 ·");
  }

  @Test
  void anExistingPostIsNotOverwritten() throws IOException {
    Path file = site.resolve("content/posts/halo-dunia.md");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "mine");

    CliRun run = CliRun.of("new", "post", "Halo, Dunia!", "--site", site.toString());

    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(run.err())
        .isEqualTo(
            "content/posts/halo-dunia.md: error: already exists"
                + " (hint: choose another title or edit the file)\n1 error\n");
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void aTitleWithoutLettersIsAUsageError() {
    CliRun run = CliRun.of("new", "post", "!!!", "--site", site.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines().findFirst())
        .hasValue("the title needs at least one letter or digit");
    assertThat(FileTrees.names(site)).isEmpty();
  }

  @Test
  void newWithoutWhatIsAUsageError() {
    CliRun run = CliRun.of("new", "--site", site.toString());
    assertThat(run.code()).isEqualTo(2);
  }
}
