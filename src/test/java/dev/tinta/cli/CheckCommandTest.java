package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path site;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void brokenLinksPrintCompilerStyleAndExitOne() throws IOException {
    Files.writeString(site.resolve("site.yaml"), "title: T\nbase_url: https://blog.example.org/\n");
    copy(fixture("broken-links"), site.resolve("site-output"));

    int code = run("check", "--site", site.toString());

    assertThat(code).isEqualTo(1);
    List<String> expected = new ArrayList<>();
    Files.readString(fixture("broken-links-expected-errors.txt"))
        .lines()
        .forEach(l -> expected.add("site-output/" + l));
    expected.add("10 errors");
    assertThat(err.toString().lines()).containsExactlyElementsOf(expected);
    assertThat(out.toString().lines())
        .containsExactly(
            "External links (not fetched):",
            "     1  http://example.net/b?q=1",
            "     2  https://example.org/a",
            "Checked site-output/: 3 pages, 28 internal links, 10 broken; "
                + "2 external URLs (not fetched)");
  }

  @Test
  void aGoodSiteExitsZero() throws IOException {
    Path output = site.resolve("elsewhere");
    Files.createDirectories(output.resolve("a"));
    Files.writeString(
        output.resolve("index.html"), "<!DOCTYPE html><title>x</title><a href=\"/a/#x\">a</a>");
    Files.writeString(
        output.resolve("a/index.html"), "<!DOCTYPE html><title>a</title><p id=\"x\">x</p>");

    int code = run("check", "--site", site.toString(), "--output", output.toString());

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString().lines())
        .containsExactly(
            "Checked elsewhere/: 2 pages, 1 internal links, 0 broken; 0 external URLs (not fetched)");
  }

  @Test
  void aSiteBuiltBelowAPathOfItsHostChecksClean() throws IOException {
    // #11: the small site's base_url is https://example.org/blog/; its "/blog/..." links were all
    // reported broken (241 false errors)
    copy(BuildCommandTest.small(), site);
    assertThat(run("build", "--site", site.toString())).isZero();
    out.getBuffer().setLength(0);

    int code = run("check", "--site", site.toString());

    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "Checked site-output/: 13 pages, 271 internal links, 0 broken; 0 external URLs (not"
                + " fetched)\n");
  }

  @Test
  void aSiteNotYetBuiltIsAUserError() {
    int code = run("check", "--site", site.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly(
            "site-output/: error: no built site here (hint: run tinta build first, or pass --output DIR)",
            "1 error");
    assertThat(out.toString()).isEmpty();
  }

  private static Path fixture(String name) {
    try {
      return Path.of(CheckCommandTest.class.getResource("/check/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.write(target, Files.readAllBytes(f), new java.nio.file.OpenOption[0]);
        }
      }
    }
  }
}
