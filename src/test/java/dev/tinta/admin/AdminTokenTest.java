package dev.tinta.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.problem.SiteException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin token file: made once with mode 0600, read after, refused when others may read it. */
class AdminTokenTest {
  @TempDir Path tmp;

  @Test
  void madeOnceWithMode0600ThenRead() throws Exception {
    Path file = tmp.resolve("site/.tinta/admin-token");
    AdminToken first = AdminToken.loadOrCreate(file);
    assertThat(first.created()).isTrue();
    assertThat(first.text()).matches("[0-9a-f]{64}");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    AdminToken again = AdminToken.loadOrCreate(file);
    assertThat(again.created()).isFalse();
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.matches(first.text())).isTrue();
    assertThat(again.matches(" " + first.text() + "\n")).isTrue();
    assertThat(again.matches(first.text().substring(1))).isFalse();
    assertThat(again.matches("")).isFalse();
  }

  @Test
  void aFileOthersMayReadIsRefused() throws Exception {
    Path file = tmp.resolve("token");
    Files.writeString(file, "ab".repeat(32));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertThatThrownBy(() -> AdminToken.loadOrCreate(file))
        .isInstanceOf(SiteException.class)
        .hasMessageContaining("may be read or written by anyone");
  }
}
