package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A look at the changed files alone gives the digest a read of every file gives, and the digest
 * moves only with what the files publish.
 */
class PublishedDigestTest {
  @TempDir Path site;
  private Path dir;
  private PublishedDigest digest;

  @BeforeEach
  void write() throws IOException {
    dir = Files.createDirectories(site.resolve("content/comments"));
    Files.writeString(dir.resolve("a.yaml"), entry("c1", "approved", "First!"));
    Files.writeString(dir.resolve("b.yaml"), entry("c1", "approved", "Hello"));
    digest = PublishedDigest.read(site, CommentSettings.defaults());
  }

  @Test
  void aPendingCommentChangesNothingAndAnApprovalDoes() throws IOException {
    String before = digest.digest();
    append("a.yaml", entry("c2", "pending", "Buy pills"));
    assertThat(lookAt("a.yaml")).isEqualTo(before);

    Path a = dir.resolve("a.yaml");
    Files.writeString(a, Files.readString(a).replace("status: pending", "status: approved"));
    assertThat(lookAt("a.yaml")).isNotEqualTo(before);
  }

  @Test
  void deletedBrokenAndMisnamedFilesCountAsAReadOfEveryFileCountsThem() throws IOException {
    String before = digest.digest();
    Files.delete(dir.resolve("b.yaml"));
    assertThat(lookAt("b.yaml")).isNotEqualTo(before);

    Files.writeString(dir.resolve("c.yaml"), "- id: [broken\n");
    String broken = lookAt("c.yaml");
    Files.writeString(dir.resolve("d.yml"), entry("c1", "approved", "Misnamed"));
    assertThat(lookAt("d.yml")).isNotEqualTo(broken);

    // files that are not comment files, and files elsewhere, change nothing
    String now = digest.digest();
    Files.writeString(dir.resolve(".a.yaml.lock"), "");
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.writeString(site.resolve("elsewhere.yaml"), entry("c9", "approved", "Not here"));
    assertThat(lookAt(".a.yaml.lock", "notes.txt", "../../elsewhere.yaml")).isEqualTo(now);
  }

  @Test
  void theFolderItselfReadsEveryFileAgain() throws IOException {
    append("a.yaml", entry("c2", "approved", "Second"));
    append("b.yaml", entry("c2", "approved", "Second"));
    digest.update(Set.of(dir));
    assertThat(digest.digest())
        .isEqualTo(PublishedDigest.read(site, CommentSettings.defaults()).digest());
  }

  /** Looks at the named files of the folder; checks the result against a read of every file. */
  private String lookAt(String... names) {
    Set<Path> changed = new java.util.HashSet<>();
    for (String n : names) {
      changed.add(dir.resolve(n).normalize());
    }
    digest.update(changed);
    assertThat(digest.digest())
        .isEqualTo(PublishedDigest.read(site, CommentSettings.defaults()).digest());
    return digest.digest();
  }

  private void append(String file, String text) throws IOException {
    Path p = dir.resolve(file);
    Files.writeString(p, Files.readString(p) + text, StandardCharsets.UTF_8);
  }

  private static String entry(String id, String status, String body) {
    return "- id: "
        + id
        + "\n  author: Reader\n  date: 2020-01-01T10:00:00+07:00\n  status: "
        + status
        + "\n  body: |\n    "
        + body
        + "\n";
  }
}
