package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds each fixture site {@code src/test/resources/sites/<name>/input/} that has an {@code
 * expected/} folder and compares the output with it, names and bytes. {@code small} is served below
 * a path ({@code /blog/}), in Moscow time, with a Cyrillic slug, a post bundle with an image, a
 * static file and two pages of posts.
 *
 * <p>Rewrite the expected folders after an intended change, then review the diff:
 *
 * <pre>
 * mvn -q -B -Dtinta.buildDir=/tmp/b test -Dtest=FixtureSiteGoldenTest -Dgolden.update=true
 * </pre>
 */
class FixtureSiteGoldenTest {
  static final Path SITES = Path.of("src/test/resources/sites");

  static Path input(String name) {
    return ExampleSite.root().resolve(SITES).resolve(name).resolve("input");
  }

  static Stream<String> sites() throws IOException {
    try (Stream<Path> dirs = Files.list(ExampleSite.root().resolve(SITES))) {
      return dirs
          .filter(d -> Files.isDirectory(d.resolve("expected")))
          .map(d -> d.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void matchesExpectedOutput(String name, @TempDir Path tmp) {
    Path out = tmp.resolve("site-output");
    new SiteBuilder(2)
        .build(BuildOptions.of(input(name)).withOutput(out).withClock(ExampleSite.CLOCK));
    Path expected = input(name).resolveSibling("expected");
    if (Boolean.getBoolean("golden.update")) {
      FileTrees.delete(expected);
      FileTrees.copy(out, expected);
    }
    FileTrees.assertSameFiles(expected, out);
  }

  @Test
  void smallSiteHasAnExpectedFolder() throws IOException {
    assertThat(sites().toList()).contains("small");
  }
}
