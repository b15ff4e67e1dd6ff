package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lexical half of the path checks, without a server (real paths: StaticFileHandlerTest). */
class SafePathTest {
  private final Path root = Path.of("/srv/site").toAbsolutePath();

  @Test
  void plainPathsResolveBelowTheRoot() {
    assertThat(SafePath.resolve(root, "/")).contains(root);
    assertThat(SafePath.resolve(root, "/a/b.html")).contains(root.resolve("a/b.html"));
    assertThat(SafePath.resolve(root, "//a///b/")).contains(root.resolve("a/b"));
    assertThat(SafePath.resolve(root, "/a/../b.css")).contains(root.resolve("b.css"));
    assertThat(SafePath.resolve(root, "/a%20b")).contains(root.resolve("a b"));
    assertThat(SafePath.resolve(root, "/%E2%82%AC")).contains(root.resolve("\u20ac"));
    assertThat(SafePath.resolve(root, "/\u20ac")).contains(root.resolve("\u20ac"));
  }

  @Test
  void doubleEncodingDecodesOnce() {
    assertThat(SafePath.resolve(root, "/%252e%252e/x")).contains(root.resolve("%2e%2e/x"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/..",
        "/../",
        "/../x",
        "/a/../../x",
        "/%2e%2e/x",
        "/%2E%2e/x",
        "/.%2e/x",
        "/..%2fx",
        "/a%2f..%2f..%2fx",
        "/%2fetc%2fpasswd",
        "/..%5cx",
        "/a\\..\\..\\x",
        "/%00",
        "/x%00.html",
        "/%0a",
        "/%7f",
        "/%c0%ae%c0%ae/x",
        "/%ff",
        "/%",
        "/%2",
        "/%zz",
        "",
        "x",
        "../x"
      })
  void refused(String raw) {
    assertThat(SafePath.resolve(root, raw)).as(raw).isEqualTo(Optional.empty());
  }

  @Test
  void nullIsRefused() {
    assertThat(SafePath.resolve(root, null)).isEmpty();
  }
}
