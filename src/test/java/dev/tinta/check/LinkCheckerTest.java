package dev.tinta.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {
  private static final URI BASE = URI.create("https://blog.example.org/");

  static Path fixture(String name) {
    try {
      return Path.of(LinkCheckerTest.class.getResource("/check/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void reportsEveryBrokenLinkAndAnchorWithItsPosition() throws IOException {
    LinkReport report = LinkChecker.check(fixture("broken-links"), BASE);

    String expected = Files.readString(fixture("broken-links-expected-errors.txt"));
    assertThat(report.problems().stream().map(Problem::format))
        .containsExactlyElementsOf(expected.lines().toList());
    assertThat(report.ok()).isFalse();
  }

  @Test
  void countsPagesLinksAndExternalUrls() {
    LinkReport report = LinkChecker.check(fixture("broken-links"), BASE);

    assertThat(report.pages()).isEqualTo(3);
    assertThat(report.internalLinks()).isEqualTo(28);
    assertThat(report.otherSchemes()).isEqualTo(2);
    assertThat(report.external())
        .isEqualTo(Map.of("http://example.net/b?q=1", 1, "https://example.org/a", 2));
    assertThat(report.summary())
        .isEqualTo("3 pages, 28 internal links, 10 broken; 2 external URLs (not fetched)");
  }

  @Test
  void withoutBaseUrlAbsoluteSelfLinksAreExternal() {
    LinkReport report = LinkChecker.check(fixture("broken-links"));

    assertThat(report.external())
        .containsOnlyKeys(
            "http://example.net/b?q=1",
            "https://blog.example.org/",
            "https://blog.example.org/gone/",
            "https://blog.example.org/posts/first/#section",
            "https://example.org/a");
    assertThat(report.problems())
        .hasSize(9)
        .noneMatch(p -> p.message().contains("blog.example.org"));
  }

  @Test
  void aSiteWhoseLinksAllResolveIsOk(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("index.html"),
        "<!DOCTYPE html><title>x</title>"
            + "<a href=\"a/\">a</a> <a href=\"a/#h\">h</a> <a href=\"https://example.org/\">out</a>");
    write(
        dir.resolve("a/index.html"),
        "<!DOCTYPE html><title>a</title><h1 id=\"h\">A</h1>"
            + "<a href=\"../\">home</a> <img src=\"../pic.svg\" alt=\"\">");
    write(dir.resolve("pic.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    LinkReport report = LinkChecker.check(dir);

    assertThat(report.ok()).isTrue();
    assertThat(report.summary())
        .isEqualTo("2 pages, 4 internal links, 0 broken; 1 external URLs (not fetched)");
  }

  @Test
  void rootRelativeLinksUnderTheBasePathNameFilesOfTheFolder(@TempDir Path dir) throws IOException {
    // #11: with base_url https://example.org/blog/, every "/blog/..." link was reported broken
    write(
        dir.resolve("index.html"),
        "<!DOCTYPE html><title>x</title>\n"
            + "<a href=\"/blog/\">home</a> <a href=\"/blog\">home</a>\n"
            + "<a href=\"/blog/2020/x/#h\">x</a> <img src=\"/blog/pic.svg\" alt=\"\">\n"
            + "<a href=\"/blog/2020/gone/\">gone</a> <a href=\"/blog/2020/x/#nope\">nope</a>\n"
            + "<a href=\"/elsewhere/\">elsewhere</a> <a href=\"/blogs/\">blogs</a>\n");
    write(
        dir.resolve("2020/x/index.html"),
        "<!DOCTYPE html><title>a</title><h1 id=\"h\">A</h1>"
            + "<a href=\"../../\">up</a> <a href=\"../../../\">above</a>"
            + " <a href=\"https://example.org/blog/pic.svg\">abs</a>");
    write(dir.resolve("pic.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    LinkReport report = LinkChecker.check(dir, URI.create("https://example.org/blog/"));

    assertThat(report.problems().stream().map(Problem::format))
        .containsExactly(
            "index.html:4:4: error: broken link \"/blog/2020/gone/\": no file 2020/gone/ in the"
                + " site",
            "index.html:4:40: error: broken anchor \"/blog/2020/x/#nope\": no id \"nope\" in"
                + " 2020/x/index.html",
            "index.html:5:4: error: broken link \"/elsewhere/\": no file elsewhere/ in the site",
            "index.html:5:40: error: broken link \"/blogs/\": no file blogs/ in the site");
    assertThat(report.internalLinks()).isEqualTo(11);
  }

  @Test
  void baseHrefChangesWhereRelativeLinksPoint(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("deep/page.html"),
        "<!DOCTYPE html><base href=\"/other/\"><title>x</title>"
            + "<a href=\"target.html\">t</a> <a href=\"gone.html\">g</a>");
    write(dir.resolve("other/target.html"), "<!DOCTYPE html><title>t</title>");

    LinkReport report = LinkChecker.check(dir);

    assertThat(report.problems().stream().map(Problem::format))
        .containsExactly(
            "deep/page.html:1:84: error: broken link \"gone.html\": no file other/gone.html in the site");
  }

  @Test
  void aMissingFolderIsAUserError(@TempDir Path dir) {
    assertThatThrownBy(() -> LinkChecker.check(dir.resolve("site-output")))
        .isInstanceOf(SiteException.class)
        .hasMessageEndingWith(
            "site-output: error: no such folder (hint: build the site first: " + "tinta build)");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
