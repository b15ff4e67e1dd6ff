package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept parse of a comments file is used only while the file holds exactly the bytes parsed,
 * whoever changed it and however little its size, time or inode show it.
 */
class ParsedFileCacheTest {
  private static final String NAME = "content/comments/post.yaml";
  private static final String ONE =
      "# comments for post\n" + TestSite.approved("c1", "2026-01-01T10:00:00Z", "");
  private static final String TEXT = ONE + TestSite.approved("c2", "2026-01-01T11:00:00Z", "c1");

  @TempDir Path site;

  private static final CommentFileParser PARSER = new CommentFileParser(CommentSettings.defaults());

  private final ParsedFileCache cache = new ParsedFileCache(PARSER, 4);

  @Test
  void anUnchangedFileIsParsedOnce() {
    Path file = TestSite.write(site, NAME, TEXT);

    FileSnapshot first = read(file).orElseThrow();
    FileSnapshot second = read(file).orElseThrow();

    assertThat(first.parsed().comments()).hasSize(2);
    assertThat(second).isSameAs(first);
  }

  @Test
  void aReaderFindsTheOldParseUntilTheRenameAndTheNewOneAfter() throws IOException {
    Path file = TestSite.write(site, NAME, TEXT);
    FileSnapshot before = read(file).orElseThrow();
    String next = TEXT + TestSite.approved("c3", "2026-01-01T12:00:00Z", "");
    FileSnapshot after =
        FileSnapshot.of(
            next.getBytes(StandardCharsets.UTF_8), next, PARSER.parse(NAME, "post", next));

    cache.remember(file, before, after);
    assertThat(read(file).orElseThrow()).isSameAs(before);
    Files.writeString(file, next);
    assertThat(read(file).orElseThrow()).isSameAs(after);
  }

  @Test
  void aFileReplacedByAnotherWriterIsSeen() throws IOException {
    Path file = TestSite.write(site, NAME, TEXT);
    read(file);

    // what another process does: a new file renamed over the old one
    Path temp = TestSite.write(site, "content/comments/.post.yaml.tmp", TEXT.replace("c2", "c3"));
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);

    assertThat(ids(read(file).orElseThrow())).containsExactly("c1", "c3");
  }

  @Test
  void anEditInPlaceKeepingSizeTimeAndInodeIsSeen() throws IOException {
    Path file = TestSite.write(site, NAME, TEXT);
    BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
    assertThat(read(file).orElseThrow().parsed().comments().get(0).status())
        .isEqualTo(CommentStatus.APPROVED);

    // 'approved' becomes 'rejected' (as long) in the same file, and the time is set back: two
    // writes within one tick of the file system's clock leave the same time without any setting
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      byte[] rejected = "rejected".getBytes(StandardCharsets.US_ASCII);
      channel.write(ByteBuffer.wrap(rejected), TEXT.indexOf("approved"));
    }
    Files.setLastModifiedTime(file, before.lastModifiedTime());
    BasicFileAttributes after = Files.readAttributes(file, BasicFileAttributes.class);
    assertThat(after.size()).isEqualTo(before.size());
    assertThat(after.lastModifiedTime()).isEqualTo(before.lastModifiedTime());
    assumeThat(before.fileKey()).isNotNull();
    assertThat(after.fileKey()).isEqualTo(before.fileKey());

    assertThat(read(file).orElseThrow().parsed().comments().get(0).status())
        .isEqualTo(CommentStatus.REJECTED);
  }

  @Test
  void aFileThatGrewOrShrankIsReadAgain() throws IOException {
    Path file = TestSite.write(site, NAME, TEXT);
    read(file);
    Files.writeString(file, TEXT + "# a note\n", StandardOpenOption.APPEND);
    FileSnapshot grown = read(file).orElseThrow();
    assertThat(grown.text()).endsWith("# a note\n");

    Files.writeString(file, ONE);
    assertThat(ids(read(file).orElseThrow())).containsExactly("c1");
  }

  @Test
  void aDeletedFileIsGone() throws IOException {
    Path file = TestSite.write(site, NAME, TEXT);
    read(file);
    Files.delete(file);

    assertThat(read(file)).isEmpty();
  }

  @Test
  void aFileWithProblemsIsParsedEachTimeUntilFixed() throws IOException {
    Path file = TestSite.write(site, NAME, TEXT.replace("status: approved", "status: maybe"));

    FileSnapshot broken = read(file).orElseThrow();
    assertThat(broken.parsed().ok()).isFalse();
    assertThat(read(file).orElseThrow()).isNotSameAs(broken);

    Files.writeString(file, TEXT);
    assertThat(read(file).orElseThrow().parsed().ok()).isTrue();
  }

  @Test
  void onlyTheMostRecentlyUsedFilesAreKept() {
    ParsedFileCache one = new ParsedFileCache(PARSER, 1);
    Path a = TestSite.write(site, "content/comments/a.yaml", TEXT);
    Path b = TestSite.write(site, "content/comments/b.yaml", TEXT);

    FileSnapshot first = one.read(a, "a", "a").orElseThrow();
    assertThat(one.read(a, "a", "a").orElseThrow()).isSameAs(first);
    one.read(b, "b", "b");

    assertThat(one.read(a, "a", "a").orElseThrow()).isNotSameAs(first);
  }

  @Test
  void anAppendKeepsWhatAnotherWriterChangedJustBefore() throws IOException {
    TestSite.write(site, "content/posts/post.md", "---\ntitle: Post\ndate: 2026-01-01\n---\n");
    Path file = TestSite.write(site, NAME, TEXT.replace("approved", "pending"));
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    CommentModerator server = new CommentModerator(site, CommentSettings.defaults(), clock);
    server.add(new NewComment("post", "Ayu", "", "", "First"));

    // the command line, in another process: its own moderator, so its own kept parses
    new CommentModerator(site, CommentSettings.defaults(), clock)
        .setStatus(List.of(new CommentRef("post", "c1")), CommentStatus.APPROVED);
    // and a hand edit of the same length right after: 'pending' for 'spam   '
    String edited = Files.readString(file).replaceFirst("status: pending", "status: spam   ");
    Files.writeString(file, edited);
    server.add(new NewComment("post", "Budi", "", "", "Second"));

    List<dev.tinta.model.Comment> all =
        new CommentModerator(site, CommentSettings.defaults(), clock).comments("post");
    assertThat(all)
        .extracting(c -> c.id() + " " + c.status().word())
        .containsExactly("c1 approved", "c2 spam", "c3 pending", "c4 pending");
    assertThat(server.comments("post")).isEqualTo(all);
  }

  private Optional<FileSnapshot> read(Path file) {
    return cache.read(file, NAME, "post");
  }

  private static List<String> ids(FileSnapshot snapshot) {
    return snapshot.parsed().comments().stream().map(dev.tinta.model.Comment::id).toList();
  }
}
