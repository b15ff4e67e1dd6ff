package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link IncrementalBuilder#publishing}, what {@code comments serve --publish} uses: after a
 * moderation change the output is byte for byte a clean build's, and it came in as a whole new
 * folder (swapped like {@code tinta build}) whose unchanged files are the last build's (same
 * inode), not rewritten in place.
 */
class PublishingBuildTest {
  @TempDir Path tmp;

  @Test
  void aRebuildAfterApprovalIsACleanBuildSwappedIn() throws Exception {
    Path site = tmp.resolve("site");
    for (String part : List.of("content", "templates")) {
      FileTrees.copy(ExampleSite.root().resolve(part), site.resolve(part));
    }
    Files.copy(ExampleSite.root().resolve("site.yaml"), site.resolve("site.yaml"));
    Path out = tmp.resolve("out");
    BuildOptions options = BuildOptions.of(site).withOutput(out).withClock(ExampleSite.CLOCK);
    try (IncrementalBuilder builder = IncrementalBuilder.publishing(options, 2)) {
      builder.build();
      Object dirBefore = Files.getAttribute(out, "unix:ino");
      Object iconBefore = Files.getAttribute(out.resolve("favicon.svg"), "unix:ino");
      Path comments = site.resolve("content/comments/another-insight-about-networking.yaml");
      String text = Files.readString(comments);
      String approved = text.replace("status: pending", "status: approved");
      assertThat(approved).isNotEqualTo(text);
      Files.writeString(comments, approved);
      builder.rebuild(Set.of(site.resolve("content/comments")));

      assertThat(Files.getAttribute(out, "unix:ino")).isNotEqualTo(dirBefore);
      assertThat(Files.getAttribute(out.resolve("favicon.svg"), "unix:ino")).isEqualTo(iconBefore);
      assertThat(
              Files.readString(out.resolve("2010/08/another-insight-about-networking/index.html")))
          .contains("Apakah ada versi bahasa Inggris dari artikel ini?");
      Path clean = tmp.resolve("clean");
      new SiteBuilder(2).build(options.withOutput(clean));
      FileTrees.assertSameFiles(clean, out);
    }
  }
}
