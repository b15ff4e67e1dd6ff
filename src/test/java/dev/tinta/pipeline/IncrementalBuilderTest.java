package dev.tinta.pipeline;

import static dev.tinta.pipeline.IncrementalWalk.options;
import static dev.tinta.pipeline.IncrementalWalk.photo;
import static dev.tinta.pipeline.IncrementalWalk.post;
import static dev.tinta.pipeline.IncrementalWalk.tree;
import static dev.tinta.pipeline.IncrementalWalk.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental rebuilds leave the bytes of a clean build: one random walk ({@link IncrementalWalk})
 * and the cases of failed rebuilds, missing images and static files that replace tinta's own.
 */
class IncrementalBuilderTest {
  @TempDir Path tmp;

  @Test
  @Timeout(120)
  void incrementalRebuildsEqualCleanBuilds() throws IOException {
    // one seed here for quick feedback; IncrementalBuilderIT walks more seeds in mvn verify
    IncrementalWalk.run(tmp, 1);
  }

  @Test
  @Timeout(60)
  void aFailedRebuildKeepsTheOutputAndIsRetriedWithTheNextChange() throws IOException {
    Path site = tmp.resolve("site");
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(post(site, "a"), post(new Random(1), "a", 1));
    write(post(site, "b"), post(new Random(2), "b", 2));
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    incremental.build();
    Map<String, String> before = tree(tmp.resolve("inc"));

    write(post(site, "a"), "---\ntitle: [broken\n---\n");
    assertThatThrownBy(() -> incremental.rebuild(Set.of(post(site, "a"))))
        .isInstanceOf(SiteException.class);
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(before);

    // the next change names only b; a's fix must still be picked up
    write(post(site, "a"), post(new Random(3), "a", 5));
    write(post(site, "b"), post(new Random(4), "b", 6));
    incremental.rebuild(Set.of(post(site, "b")));
    new SiteBuilder(2).build(options(site, tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(tree(tmp.resolve("clean")));
  }

  @Test
  @Timeout(60)
  void aPostShowingAMissingImageFailsUntilTheImageIsAdded() throws IOException {
    Path site = tmp.resolve("site");
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(post(site, "a"), post(new Random(1), "a", 1));
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    incremental.build();
    Map<String, String> before = tree(tmp.resolve("inc"));

    write(post(site, "a"), Files.readString(post(site, "a")) + "\n![Kopi](kopi/kopi.jpg)\n");
    assertThatThrownBy(() -> incremental.rebuild(Set.of(post(site, "a"))))
        .isInstanceOf(SiteException.class)
        .hasMessage(
            "content/posts/a.md:14:9: error: image 'kopi/kopi.jpg' not found "
                + "(hint: no file content/posts/kopi/kopi.jpg)");
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(before);

    // a post folder with the image, and the reference changed to it
    write(site.resolve("content/posts/kopi/index.md"), post(new Random(2), "kopi", 2));
    Path photo = photo(site, "/img/kopi.jpg", new Random(3));
    Files.createDirectories(site.resolve("content/posts/kopi"));
    Files.move(photo, site.resolve("content/posts/kopi/kopi.jpg"));
    incremental.rebuild(
        Set.of(
            site.resolve("content/posts/kopi/index.md"),
            site.resolve("content/posts/kopi/kopi.jpg")));
    new SiteBuilder(2).build(options(site, tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc"))).isEqualTo(tree(tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc")).keySet()).anyMatch(f -> f.matches(".*kopi-480w-.*\\.jpg"));
  }

  @Test
  @Timeout(60)
  void aStaticFileReplacesAFileTintaMakesInRebuildsToo() throws IOException {
    // #11: a Hugo blog's static/robots.txt was "two outputs for robots.txt", an internal error
    Path site = tmp.resolve("site");
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(post(site, "a"), post(new Random(1), "a", 1));
    write(site.resolve("static/robots.txt"), "User-agent: *\nDisallow: /drafts/\n");
    IncrementalBuilder incremental = new IncrementalBuilder(options(site, tmp.resolve("inc")), 2);
    BuildResult first = incremental.build();
    assertThat(first.warnings().stream().map(Problem::format))
        .containsExactly("static/robots.txt: warning: replaces the robots.txt tinta would make");
    assertThat(tree(tmp.resolve("inc")))
        .containsEntry("robots.txt", "User-agent: *\nDisallow: /drafts/\n");

    write(site.resolve("static/sitemap.xml"), "<urlset/>\n");
    write(post(site, "b"), post(new Random(2), "b", 2));
    BuildResult second =
        incremental.rebuild(Set.of(site.resolve("static/sitemap.xml"), post(site, "b")));
    assertThat(second.warnings().stream().map(Problem::format))
        .containsExactly(
            "static/robots.txt: warning: replaces the robots.txt tinta would make",
            "static/sitemap.xml: warning: replaces the sitemap.xml tinta would make");
    new SiteBuilder(2).build(options(site, tmp.resolve("clean")));
    assertThat(tree(tmp.resolve("inc")))
        .isEqualTo(tree(tmp.resolve("clean")))
        .containsEntry("sitemap.xml", "<urlset/>\n");
  }
}
