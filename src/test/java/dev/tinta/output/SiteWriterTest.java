package dev.tinta.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.OutputFile;
import dev.tinta.parallel.Workers;
import dev.tinta.pipeline.FileTrees;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path tmp;
  Path out;

  @BeforeEach
  void setUp() {
    out = tmp.resolve("site-output");
  }

  static OutputFile text(String path, String text) {
    return new OutputFile.Generated(path, text.getBytes(StandardCharsets.UTF_8));
  }

  static Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino");
  }

  @Test
  void writesEveryFileBelowTheOutputFolder() throws IOException {
    Path source = Files.writeString(tmp.resolve("dot.svg"), "<svg/>");
    SiteWriter.Result result =
        SiteWriter.write(
            out,
            List.of(
                text("index.html", "home"),
                text("2010/08/x/index.html", "post"),
                new OutputFile.Copied("2010/08/x/dot.svg", source)));

    assertThat(result).isEqualTo(new SiteWriter.Result(3, 0));
    assertThat(result.total()).isEqualTo(3);
    assertThat(FileTrees.names(out))
        .containsExactly(
            "2010",
            "2010/08",
            "2010/08/x",
            "2010/08/x/dot.svg",
            "2010/08/x/index.html",
            "index.html");
    assertThat(Files.readString(out.resolve("2010/08/x/index.html"))).isEqualTo("post");
    assertThat(Files.readString(out.resolve("2010/08/x/dot.svg"))).isEqualTo("<svg/>");
    // Nothing is left beside the output folder.
    assertThat(FileTrees.names(tmp))
        .allMatch(n -> n.equals("dot.svg") || n.startsWith("site-output"));
  }

  @Test
  void unchangedFilesKeepTheirIdentityChangedOnesAreRewrittenStaleOnesGo() throws IOException {
    Path source = Files.writeString(tmp.resolve("dot.svg"), "<svg/>");
    SiteWriter.write(
        out,
        List.of(
            text("same.html", "same"),
            text("changed.html", "old"),
            text("stale/old.html", "gone soon"),
            new OutputFile.Copied("dot.svg", source)));
    FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
    for (String f : List.of("same.html", "changed.html", "dot.svg")) {
      Files.setLastModifiedTime(out.resolve(f), long_ago);
    }
    Object sameInode = inode(out.resolve("same.html"));
    Object copiedInode = inode(out.resolve("dot.svg"));
    Object changedInode = inode(out.resolve("changed.html"));

    SiteWriter.Result result =
        SiteWriter.write(
            out,
            List.of(
                text("same.html", "same"),
                text("changed.html", "new"),
                new OutputFile.Copied("dot.svg", source),
                text("added.html", "added")));

    assertThat(result).isEqualTo(new SiteWriter.Result(2, 2));
    assertThat(inode(out.resolve("same.html"))).isEqualTo(sameInode);
    assertThat(Files.getLastModifiedTime(out.resolve("same.html"))).isEqualTo(long_ago);
    assertThat(inode(out.resolve("dot.svg"))).isEqualTo(copiedInode);
    assertThat(Files.getLastModifiedTime(out.resolve("dot.svg"))).isEqualTo(long_ago);
    assertThat(inode(out.resolve("changed.html"))).isNotEqualTo(changedInode);
    assertThat(Files.getLastModifiedTime(out.resolve("changed.html"))).isNotEqualTo(long_ago);
    assertThat(Files.readString(out.resolve("changed.html"))).isEqualTo("new");
    assertThat(FileTrees.names(out))
        .containsExactly("added.html", "changed.html", "dot.svg", "same.html");
    assertThat(FileTrees.names(tmp))
        .containsExactly(
            "dot.svg",
            "site-output",
            "site-output/added.html",
            "site-output/changed.html",
            "site-output/dot.svg",
            "site-output/same.html");
  }

  @Test
  void aCopyCarriesItsSettledSourcesTimeAndIsThenKnownUnchangedWithoutReadingIt()
      throws IOException {
    FileTime settled = FileTime.fromMillis(1_600_000_000_123L);
    Path photo = Files.writeString(tmp.resolve("photo.jpg"), "photo bytes");
    Files.setLastModifiedTime(photo, settled);
    Path fresh = Files.writeString(tmp.resolve("fresh.txt"), "just saved");
    FileTime freshTime = Files.getLastModifiedTime(fresh);

    SiteWriter.write(
        out,
        List.of(
            new OutputFile.Copied("photo.jpg", photo), new OutputFile.Copied("fresh.txt", fresh)));

    assertThat(Files.getLastModifiedTime(out.resolve("photo.jpg"))).isEqualTo(settled);
    // a source changed just now may change again within its file system's time resolution:
    // its copy gets a time that no version of it can have, just before its own
    assertThat(Files.getLastModifiedTime(out.resolve("fresh.txt")))
        .isEqualTo(FileTime.from(freshTime.toInstant().minusNanos(1)));

    // Same size and time as the source: the copy is not read. Proof: bytes changed behind
    // tinta's back in the output (same size, time put back) are carried over as they are.
    Object inode = inode(out.resolve("photo.jpg"));
    Files.writeString(out.resolve("photo.jpg"), "PHOTO BYTES");
    Files.setLastModifiedTime(out.resolve("photo.jpg"), settled);
    SiteWriter.Result result =
        SiteWriter.write(
            out,
            List.of(
                new OutputFile.Copied("photo.jpg", photo),
                new OutputFile.Copied("fresh.txt", fresh)));
    assertThat(result).isEqualTo(new SiteWriter.Result(0, 2));
    assertThat(inode(out.resolve("photo.jpg"))).isEqualTo(inode);
    assertThat(Files.readString(out.resolve("photo.jpg"))).isEqualTo("PHOTO BYTES");
  }

  @Test
  void aSourceWithANewTimeIsComparedByteForByte() throws IOException {
    FileTime settled = FileTime.fromMillis(1_600_000_000_000L);
    Path same = Files.writeString(tmp.resolve("same.css"), "a{}");
    Path edited = Files.writeString(tmp.resolve("edited.css"), "b{}");
    for (Path p : List.of(same, edited)) {
      Files.setLastModifiedTime(p, settled);
    }
    List<OutputFile> files =
        List.of(
            new OutputFile.Copied("same.css", same), new OutputFile.Copied("edited.css", edited));
    SiteWriter.write(out, files);
    Object sameInode = inode(out.resolve("same.css"));

    // touched (same bytes), and edited to other bytes of the same size, both at a new time
    FileTime later = FileTime.fromMillis(1_700_000_000_000L);
    Files.setLastModifiedTime(same, later);
    Files.writeString(edited, "c{}");
    Files.setLastModifiedTime(edited, later);
    SiteWriter.Result result = SiteWriter.write(out, files);

    assertThat(result).isEqualTo(new SiteWriter.Result(1, 1));
    assertThat(inode(out.resolve("same.css"))).isEqualTo(sameInode);
    assertThat(Files.getLastModifiedTime(out.resolve("same.css"))).isEqualTo(settled);
    assertThat(Files.readString(out.resolve("edited.css"))).isEqualTo("c{}");
    assertThat(Files.getLastModifiedTime(out.resolve("edited.css"))).isEqualTo(later);
  }

  @Test
  void theDevServersInPlaceUpdateUsesTheSameTest() throws IOException {
    FileTime settled = FileTime.fromMillis(1_600_000_000_000L);
    Path logo = Files.writeString(tmp.resolve("logo.svg"), "<svg/>");
    Files.setLastModifiedTime(logo, settled);
    List<OutputFile> files = List.of(new OutputFile.Copied("logo.svg", logo));
    SiteWriter.update(out, List.of(), files, Workers.inline());
    assertThat(Files.getLastModifiedTime(out.resolve("logo.svg"))).isEqualTo(settled);
    Object inode = inode(out.resolve("logo.svg"));

    assertThat(SiteWriter.update(out, files, files, Workers.inline()))
        .isEqualTo(new SiteWriter.Result(0, 1));
    assertThat(inode(out.resolve("logo.svg"))).isEqualTo(inode);

    Files.writeString(logo, "<svg></svg>");
    assertThat(SiteWriter.update(out, files, files, Workers.inline()))
        .isEqualTo(new SiteWriter.Result(1, 0));
    assertThat(Files.readString(out.resolve("logo.svg"))).isEqualTo("<svg></svg>");
  }

  @Test
  void aFailedWriteLeavesTheLastGoodSite() throws IOException {
    SiteWriter.write(out, List.of(text("index.html", "good"), text("a/b.html", "b")));
    SortedMap<String, byte[]> before = FileTrees.read(out);
    Object inode = inode(out.resolve("index.html"));

    // Many files, so that other threads are still writing when one of them fails.
    List<OutputFile> next = new ArrayList<>();
    next.add(text("index.html", "new"));
    for (int i = 0; i < 500; i++) {
      next.add(text("p/" + i + "/index.html", "page " + i));
    }
    next.add(250, new OutputFile.Copied("img/missing.png", tmp.resolve("no-such-file.png")));
    assertThatThrownBy(() -> SiteWriter.write(out, next))
        .isInstanceOf(SiteException.class)
        .hasMessage(
            tmp.resolve("no-such-file.png") + ": error: cannot read: No such file or directory");

    FileTrees.assertSameFiles(before, FileTrees.read(out));
    assertThat(inode(out.resolve("index.html"))).isEqualTo(inode);
    // No half-written staging copy is left beside it.
    assertThat(FileTrees.names(tmp))
        .containsExactly(
            "site-output", "site-output/a", "site-output/a/b.html", "site-output/index.html");
  }

  @Test
  void twoFilesForOnePathAreRefused() throws IOException {
    SiteWriter.write(out, List.of(text("index.html", "good")));
    assertThatThrownBy(
            () -> SiteWriter.write(out, List.of(text("x.html", "1"), text("x.html", "2"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("two outputs for x.html");
    assertThat(FileTrees.read(out)).containsOnlyKeys("index.html");
  }

  @Test
  void recoversTheLastGoodSiteAfterACrashBetweenTheRenames() throws IOException {
    // A crash after "out -> .out.old" and before ".out.new -> out" leaves only the old copy.
    Path previous = tmp.resolve(".site-output.old");
    Files.createDirectories(previous);
    Files.writeString(previous.resolve("same.html"), "same");
    Object inode = inode(previous.resolve("same.html"));

    SiteWriter.Result result = SiteWriter.write(out, List.of(text("same.html", "same")));

    assertThat(result).isEqualTo(new SiteWriter.Result(0, 1));
    assertThat(inode(out.resolve("same.html"))).isEqualTo(inode);
    assertThat(previous).doesNotExist();
  }

  @Test
  void pathsLeavingTheOutputFolderAreRefused() {
    for (String bad : List.of("../x", "a/../../x", "/etc/passwd", "a\\b", "./x", "")) {
      assertThatThrownBy(() -> new OutputFile.Generated(bad, new byte[0]))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    Path root = tmp.resolve("root");
    for (String bad : List.of("../x", "a/../../x", "/etc/passwd", ".", "a/..")) {
      assertThatThrownBy(() -> FileTree.inside(root, bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("output path leaves the output folder: " + bad);
    }
    assertThat(FileTree.inside(root, "a/./b/../c.html")).isEqualTo(root.resolve("a/c.html"));
  }
}
