package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The watcher on a real folder: what counts as a change, and how changes are batched. */
@Timeout(60)
class SiteWatcherIT {
  /** Long enough that a test's back-to-back writes always fall into one batch. */
  private static final Duration QUIET = Duration.ofMillis(300);

  @TempDir Path site;
  private final BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
  private final List<String> warnings = new ArrayList<>();
  private SiteWatcher watcher;

  @BeforeEach
  void start() {
    SmallSite.create(site);
    watcher = new SiteWatcher(site, QUIET, batches::add, warnings::add);
    watcher.start();
  }

  @AfterEach
  void stop() {
    watcher.close();
    assertThat(warnings).isEmpty();
  }

  @Test
  void anEditedFileIsOneBatch() throws Exception {
    Path post = SmallSite.write(site, SmallSite.FIRST, "changed");
    assertThat(next()).containsExactly(post);
  }

  @Test
  void aBurstOfWritesIsOneBatch() throws Exception {
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      written.add(SmallSite.write(site, "content/posts/p" + i + ".md", "post " + i));
    }
    written.add(SmallSite.write(site, SmallSite.CSS, "a{}"));
    assertThat(next()).containsExactlyInAnyOrderElementsOf(written);
    assertThat(batches.poll(QUIET.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void writeThenRenameSaveIsTheTargetFile() throws Exception {
    Path post = site.resolve(SmallSite.FIRST);
    Path temp = SmallSite.write(site, "content/posts/.first.md.tmp", "saved");
    Files.move(temp, post, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertThat(next()).containsExactly(post);
  }

  @Test
  void newFoldersAreWatchedAndTheirFilesCount() throws Exception {
    Path bundle = Files.createDirectories(site.resolve("content/posts/bundle/img"));
    Path index = SmallSite.write(site, "content/posts/bundle/index.md", "bundle");
    Set<Path> first = next();
    assertThat(first).contains(index);
    // a second edit in the new folder is seen: the folder is registered
    Path image = SmallSite.write(site, "content/posts/bundle/img/a.svg", "<svg/>");
    assertThat(next()).containsExactly(image);
    assertThat(bundle).isDirectory();
  }

  @Test
  void aSourceFolderCreatedLaterIsWatched() throws Exception {
    deleteTree(site.resolve("static"));
    next();
    Path css = SmallSite.write(site, "static/css/late.css", "a{}");
    assertThat(next()).contains(css);
    Path again = SmallSite.write(site, "static/css/late.css", "b{}");
    assertThat(next()).containsExactly(again);
  }

  @Test
  void onlySourcesCountHiddenFilesAndBackupsDoNot() throws Exception {
    SmallSite.write(site, "site-output/index.html", "built");
    SmallSite.write(site, "README.md", "notes");
    SmallSite.write(site, "content/posts/.first.md.swp", "swap");
    SmallSite.write(site, "content/posts/first.md~", "backup");
    SmallSite.write(site, "content/.hidden/x.md", "hidden");
    Path config = SmallSite.write(site, "site.yaml", SmallSite.CONFIG + "page_size: 5\n");
    assertThat(next()).containsExactly(config);
  }

  @Test
  void deletedFilesCount() throws Exception {
    Path post = site.resolve("content/posts/second.md");
    Files.delete(post);
    assertThat(next()).containsExactly(post);
  }

  @Test
  void aFolderWatcherSeesOnlyItsFolderEvenMadeAfterTheStart(@TempDir Path bare) throws Exception {
    BlockingQueue<Set<Path>> got = new LinkedBlockingQueue<>();
    try (SiteWatcher comments =
        SiteWatcher.folder(bare, "content/comments", QUIET, got::add, warnings::add)) {
      comments.start();
      SmallSite.write(bare, "site.yaml", SmallSite.CONFIG);
      SmallSite.write(bare, "content/posts/a.md", "a post");
      Path file = SmallSite.write(bare, "content/comments/a.yaml", "- id: c1\n");
      Set<Path> first = got.poll(10, TimeUnit.SECONDS);
      assertThat(first)
          .as("a batch of changes")
          .contains(file)
          .allMatch(p -> p.startsWith(bare.resolve("content/comments")));
      Path again = SmallSite.write(bare, "content/comments/a.yaml", "- id: c2\n");
      SmallSite.write(bare, "content/posts/a.md", "changed");
      assertThat(got.poll(10, TimeUnit.SECONDS)).containsExactly(again);
      assertThat(got.poll(QUIET.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS)).isNull();
    }
  }

  private Set<Path> next() throws InterruptedException {
    Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
    assertThat(batch).as("a batch of changes").isNotNull();
    return batch;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }
}
