package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.cli.BuildCommandTest.CliRun;
import dev.tinta.pipeline.FileTrees;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTrainingCommandTest {
  @TempDir Path tmp;

  @Test
  void theTrainingRunBuildsAndChecksItsSiteSilently() {
    CliRun run = CliRun.of("startup-training");
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEmpty();
    assertThat(run.code()).isZero();
  }

  @Test
  void theTrainingSiteUsesBundlesCommentsPagesAndStaticFiles() throws IOException {
    Path site = tmp.resolve("site");
    TrainingSite.write(site);
    CliRun build = CliRun.of("build", "--site", site.toString());
    assertThat(build.err()).isEmpty();
    assertThat(build.out()).startsWith("Posts " + TrainingSite.POSTS + " · ");
    assertThat(FileTrees.read(site.resolve("site-output")).keySet())
        .contains(
            "about/index.html",
            "files/notes.txt",
            "tags/java/index.html",
            "page/2/index.html",
            "2019/index.html");
    assertThat(FileTrees.read(site.resolve("site-output")).keySet())
        .anyMatch(f -> f.endsWith("/post-03/diagram.svg"));
    assertThat(CliRun.of("check", "--site", site.toString()).code()).isZero();
  }
}
