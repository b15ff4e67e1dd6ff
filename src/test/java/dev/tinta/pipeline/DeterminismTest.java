package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same site always gives the same bytes: no timestamps, no hash-order iteration, no thread
 * scheduling in the output.
 */
class DeterminismTest {

  @Test
  void twoBuildsGiveIdenticalFiles(@TempDir Path tmp) {
    ExampleSite.build(tmp.resolve("a"), 2);
    ExampleSite.build(tmp.resolve("b"), 2);

    Map<String, byte[]> a = FileTrees.read(tmp.resolve("a"));
    assertThat(a).hasSizeGreaterThan(20);
    FileTrees.assertSameFiles(a, FileTrees.read(tmp.resolve("b")));
  }

  @Test
  void oneThreadAndManyThreadsGiveIdenticalFiles(@TempDir Path tmp) {
    ExampleSite.build(tmp.resolve("one"), 1);
    ExampleSite.build(tmp.resolve("two"), 2);
    ExampleSite.build(tmp.resolve("eight"), 8);

    Map<String, byte[]> one = FileTrees.read(tmp.resolve("one"));
    FileTrees.assertSameFiles(one, FileTrees.read(tmp.resolve("two")));
    FileTrees.assertSameFiles(one, FileTrees.read(tmp.resolve("eight")));
  }

  @Test
  void rebuildingInPlaceChangesNothing(@TempDir Path tmp) {
    Path out = tmp.resolve("site-output");
    BuildResult first = ExampleSite.build(out, 2);
    Map<String, byte[]> before = FileTrees.read(out);

    BuildResult second = ExampleSite.build(out, 2);

    assertThat(first.changed()).isEqualTo(first.files());
    assertThat(second.changed()).isZero();
    assertThat(second.files()).isEqualTo(first.files()).isEqualTo(before.size());
    FileTrees.assertSameFiles(before, FileTrees.read(out));
  }
}
