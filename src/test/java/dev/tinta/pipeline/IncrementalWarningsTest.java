package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev server's rebuilds report the same warnings a clean build would: a file added under {@code
 * content/} that the build does not use, a front-matter key added to a post, and neither once it is
 * gone.
 */
class IncrementalWarningsTest {
  @TempDir Path tmp;

  @Test
  void rebuildsKeepAndUpdateTheWarnings() throws IOException {
    Path site = tmp.resolve("site");
    FileTrees.copy(FixtureSiteGoldenTest.input("small"), site);
    BuildOptions options =
        BuildOptions.of(site).withOutput(tmp.resolve("out")).withClock(ExampleSite.CLOCK);
    try (IncrementalBuilder builder = new IncrementalBuilder(options, 2)) {
      assertThat(builder.build().warnings()).isEmpty();

      Path stray = site.resolve("content/posts/2019/stray.md");
      Files.createDirectories(stray.getParent());
      Files.writeString(stray, "---\ntitle: S\ndate: 2019-01-01\n---\n");
      BuildResult added = builder.rebuild(Set.of(stray));
      assertThat(added.warnings())
          .map(Problem::file)
          .containsExactly("content/posts/2019/stray.md");
      assertThat(added.unusedFiles()).isEqualTo(1);

      Path hello = site.resolve("content/posts/hello.md");
      String text = Files.readString(hello);
      Files.writeString(hello, text.replaceFirst("\n---\n", "\ncategories: [x]\n---\n"));
      BuildResult edited = builder.rebuild(Set.of(hello));
      assertThat(edited.warnings())
          .map(Problem::file)
          .containsExactly("content/posts/2019/stray.md", "content/posts/hello.md");
      assertThat(edited.unusedFiles()).isEqualTo(1);

      Files.delete(stray);
      Files.writeString(hello, text);
      BuildResult fixed = builder.rebuild(Set.of(stray, hello));
      assertThat(fixed.warnings()).isEmpty();
      assertThat(fixed.unusedFiles()).isZero();
    }
  }
}
