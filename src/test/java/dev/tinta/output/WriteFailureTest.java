package dev.tinta.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.OutputFile;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a failed write of one file of the site tells the user (#11). A full disk cannot be made
 * without root and a mount, so the write's {@link IOException} is made here as the JDK makes it for
 * {@code ENOSPC}: a plain exception carrying the system's text. (Checked by hand with a 64 kB
 * tmpfs: {@code site-output/.out.new/page/2/index.html: error: cannot write: No space left on
 * device}, exit 1.)
 */
class WriteFailureTest {
  @TempDir Path tmp;

  private static final OutputFile PAGE =
      new OutputFile.Generated("a/index.html", "<p>a</p>".getBytes(StandardCharsets.UTF_8));

  @Test
  void aFullDiskNamesTheFileAndTheSystemsReason() {
    Path target = tmp.resolve(".out.new/a/index.html");

    RuntimeException e =
        WriteFailure.of(
            tmp.resolve("out"),
            tmp.resolve(".out.new"),
            PAGE,
            target,
            new IOException("No space left on device"));

    assertThat(e).isInstanceOf(SiteException.class);
    assertThat(((SiteException) e).problems())
        .singleElement()
        .hasToString(target + ": error: cannot write: No space left on device");
  }

  @Test
  void aRefusedFolderIsNamedAsTheSystemNamedIt() {
    Path folder = tmp.resolve(".out.new/a");

    RuntimeException e =
        WriteFailure.of(
            tmp.resolve("out"),
            tmp.resolve(".out.new"),
            PAGE,
            folder.resolve("index.html"),
            new AccessDeniedException(folder.toString()));

    assertThat(e).hasMessage(folder + ": error: cannot write: Permission denied");
  }

  @Test
  void aMissingSourceOfACopyIsACannotReadAtTheSource() {
    Path source = tmp.resolve("static/gone.png");
    OutputFile copy = new OutputFile.Copied("gone.png", source);

    RuntimeException e =
        WriteFailure.of(
            tmp.resolve("out"),
            tmp.resolve(".out.new"),
            copy,
            tmp.resolve(".out.new/gone.png"),
            new NoSuchFileException(source.toString()));

    assertThat(e).hasMessage(source + ": error: cannot read: No such file or directory");
  }

  @Test
  void aFileWhereAFolderMustGoIsAUserErrorAndTwoFilesAtOnePathABug() throws IOException {
    Path root = tmp.resolve(".out.new");
    Files.createDirectories(root);
    Files.writeString(root.resolve("a"), "a static file named like a folder");

    RuntimeException clash =
        WriteFailure.of(
            tmp.resolve("out"),
            root,
            PAGE,
            root.resolve("a/index.html"),
            new FileAlreadyExistsException(root.resolve("a").toString()));
    assertThat(clash)
        .isInstanceOf(SiteException.class)
        .hasMessage(
            tmp.resolve("out/a/index.html")
                + ": error: cannot be written: the site needs a as a file and as a folder (hint: a"
                + " file of static/ is named like a folder of the site, or the other way round:"
                + " rename it)");

    RuntimeException twice =
        WriteFailure.of(
            tmp.resolve("out"),
            root,
            new OutputFile.Generated("a", new byte[0]),
            root.resolve("a"),
            new FileAlreadyExistsException(root.resolve("a").toString()));
    assertThat(twice).isInstanceOf(IllegalStateException.class).hasMessage("two outputs for a");
  }
}
