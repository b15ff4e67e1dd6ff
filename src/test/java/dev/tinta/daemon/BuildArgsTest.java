package dev.tinta.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildArgsTest {
  private static final Path CWD = Path.of("/home/ana/blogs");

  @Test
  void theClientsFolderIsTheSiteWhenNoneIsGiven() {
    BuildArgs a = BuildArgs.of(List.of("build", "--drafts"), CWD).orElseThrow();
    assertThat(a.args()).containsExactly("build", "--drafts", "--site", "/home/ana/blogs");
    assertThat(a.site()).isEqualTo(CWD);
  }

  @Test
  void folderOptionsAreResolvedAgainstTheClientsFolderInBothSpellings() {
    BuildArgs a =
        BuildArgs.of(List.of("build", "--site", "one", "--output=../out", "--timings"), CWD)
            .orElseThrow();
    assertThat(a.args())
        .containsExactly(
            "build", "--site", "/home/ana/blogs/one", "--output", "/home/ana/out", "--timings");
    assertThat(a.site()).isEqualTo(Path.of("/home/ana/blogs/one"));
    assertThat(BuildArgs.of(List.of("build", "--site=/srv/b"), CWD).orElseThrow().site())
        .isEqualTo(Path.of("/srv/b"));
  }

  @Test
  void anOptionWithoutItsValueIsLeftForPicocliToReport() {
    assertThat(BuildArgs.of(List.of("build", "--site"), CWD).orElseThrow().args())
        .containsExactly("build", "--site", "--site", "/home/ana/blogs");
  }

  @Test
  void otherCommandsAndArgumentFilesAreNotTheDaemons() {
    assertThat(BuildArgs.of(List.of("serve"), CWD)).isEmpty();
    assertThat(BuildArgs.of(List.of(), CWD)).isEmpty();
    assertThat(BuildArgs.of(List.of("build", "@args.txt"), CWD)).isEmpty();
  }
}
