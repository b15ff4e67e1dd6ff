package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.tinta.cli.BuildCommandTest.CliRun;
import dev.tinta.pipeline.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tinta build} in a hostile environment (#11): a file where a folder must go, folders and
 * files the system will not let tinta write or read. Each is exit 1 with the path and the system's
 * reason, compiler-style and without a stack trace; none is "a bug in tinta". Permissions do not
 * stop root, so those cases are skipped when the tests run as root (a full disk: see {@code
 * output.WriteFailureTest}).
 */
class BuildEnvironmentTest {
  @TempDir Path tmp;
  private Path site;

  @BeforeEach
  void copySite() {
    site = tmp.resolve("site");
    FileTrees.copy(BuildCommandTest.small(), site);
  }

  @AfterEach
  void givePermissionsBack() throws IOException {
    // so that @TempDir can delete what a test made unreadable
    try (var files = Files.walk(tmp)) {
      for (Path p : files.toList()) {
        Files.setPosixFilePermissions(
            p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwx------" : "rw-------"));
      }
    }
  }

  private CliRun build(String... more) {
    String[] args = new String[3 + more.length];
    args[0] = "build";
    args[1] = "--site";
    args[2] = site.toString();
    System.arraycopy(more, 0, args, 3, more.length);
    return CliRun.of(args);
  }

  private boolean root() throws IOException {
    return (Integer) Files.getAttribute(site, "unix:uid") == 0;
  }

  @Test
  void anOutputFolderThatIsAFileIsLeftAlone() throws IOException {
    Files.writeString(site.resolve("site-output"), "my notes, not a site\n");

    CliRun run = build();

    assertThat(run.err())
        .isEqualTo(
            "site-output: error: is a file; tinta needs this name for the built site (hint: move"
                + " the file away, or pass --output DIR)\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(site.resolve("site-output"))).isEqualTo("my notes, not a site\n");
  }

  @Test
  void aFileAboveTheOutputFolder() throws IOException {
    Files.writeString(site.resolve("build"), "a file\n");

    CliRun run = build("--output", site.resolve("build/out").toString());

    assertThat(run.err())
        .isEqualTo(
            "build: error: is a file, where the output folder "
                + site.resolve("build/out").toAbsolutePath()
                + " needs a folder (hint: pass --output DIR)\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
  }

  @Test
  void aStaticFileNamedLikeAFolderOfTheSite() throws IOException {
    Files.writeString(site.resolve("static/tags"), "not a folder\n");

    CliRun run = build();

    assertThat(run.err())
        .isEqualTo(
            "static/tags: error: is a file, where the site needs the folder tags/ for"
                + " tags/index.html (hint: rename the file)\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(site.resolve("site-output")).doesNotExist();
  }

  @Test
  void aStaticFolderNamedLikeAFileTintaWrites() throws IOException {
    Files.createDirectories(site.resolve("static/robots.txt"));
    Files.writeString(site.resolve("static/robots.txt/x"), "x\n");

    CliRun run = build();

    // which of the two is written second, and so refused, depends on the threads
    assertThat(run.err())
        .matches(
            "site-output/robots\\.txt(/x)?: error: cannot be written: the site needs robots\\.txt"
                + " as a file and as a folder \\(hint: a file of static/ is named like a folder of"
                + " the site, or the other way round: rename it\\)\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(FileTrees.names(site)).noneMatch(n -> n.contains("site-output"));
  }

  @Test
  void anUnreadableContentFile() throws IOException {
    assumeFalse(root(), "root reads any file");
    Files.setPosixFilePermissions(
        site.resolve("content/posts/hello.md"), PosixFilePermissions.fromString("---------"));

    CliRun run = build();

    assertThat(run.err())
        .isEqualTo("content/posts/hello.md: error: cannot read: Permission denied\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
  }

  @Test
  void anUnwritableOutputFolderKeepsTheLastBuild() throws IOException {
    assumeFalse(root(), "root writes any folder");
    assertThat(build().code()).isZero();
    var before = FileTrees.read(site.resolve("site-output"));
    Files.setPosixFilePermissions(
        site.resolve("site-output"), PosixFilePermissions.fromString("r-xr-xr-x"));

    CliRun run = build();

    assertThat(run.err())
        .isEqualTo(
            "site-output: error: cannot write: Permission denied (hint: tinta replaces this folder"
                + " with each build: it must be writable)\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    FileTrees.assertSameFiles(before, FileTrees.read(site.resolve("site-output")));
  }

  @Test
  void anUnwritableSiteFolder() throws IOException {
    assumeFalse(root(), "root writes any folder");
    Files.setPosixFilePermissions(site, PosixFilePermissions.fromString("r-xr-xr-x"));

    CliRun run = build();

    assertThat(run.err())
        .isEqualTo(
            ".site-output.new: error: cannot create: Permission denied (hint: tinta builds the new"
                + " site in this folder beside site-output, then swaps it in: the folder above it"
                + " must be writable)\n1 error\n");
    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
  }
}
