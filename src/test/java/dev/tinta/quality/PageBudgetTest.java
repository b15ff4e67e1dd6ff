package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gate 5: post pages of at most 50 KB, at most 20 KB of CSS, no script needed to read a page,
 * nothing loaded from another host.
 */
class PageBudgetTest {
  @TempDir static Path tmp;
  static BuiltSite example;
  static BuiltSite generated;

  @BeforeAll
  static void build() {
    example = BuiltSite.example(tmp);
    generated = BuiltSite.generated(tmp);
  }

  @Test
  void exampleBlogKeepsTheBudget() throws IOException {
    assertWithinBudget(example);
  }

  @Test
  void generatedBlogKeepsTheBudget() throws IOException {
    assertWithinBudget(generated);
  }

  @Test
  void brokenFixtureFailsOnScriptsAndOtherHosts() {
    assertThat(PageBudget.check(BuiltSite.broken()).stream().map(Finding::format))
        .containsExactly(
            "budget.html:8:1: error: a <script> src=\"https://cdn.example.com/app.js\": pages must be "
                + "readable without scripts (only application/ld+json data is allowed)",
            "budget.html:15:1: error: a <script>: pages must be readable without scripts (only "
                + "application/ld+json data is allowed)",
            "budget.html:7:1: error: <link href=\"https://fonts.example.com/css?family=Inter\"> loads "
                + "from another host",
            "budget.html:8:1: error: <script src=\"https://cdn.example.com/app.js\"> loads from "
                + "another host",
            "budget.html:14:4: error: <img src=\"https://images.example.com/photo.jpg\"> loads from "
                + "another host");
  }

  @Test
  void oversizedPostPageAndStylesheetFail(@TempDir Path dir) throws IOException {
    Path post = dir.resolve("2010/08/long/index.html");
    Files.createDirectories(post.getParent());
    Files.writeString(
        post,
        "<!DOCTYPE html><title>Long</title><p>" + "x".repeat(PageBudget.POST_HTML_BYTES) + "</p>");
    Files.writeString(
        dir.resolve("style.css"),
        "body { color: #111; }\n"
            + "/* padding */".repeat(PageBudget.CSS_BYTES / 13)
            + "\n"
            + "@font-face { src: url(\"https://fonts.example.com/a.woff2\"); }\n");
    BuiltSite site = new BuiltSite("oversized", dir, java.net.URI.create("https://x.example/"));

    assertThat(PageBudget.check(site).stream().map(Finding::format))
        .containsExactly(
            "style.css:3:19: error: \"https://fonts.example.com/a.woff2\" loads from another host",
            "*.css: error: the site's CSS is 20,560 bytes, over the budget of 20,480",
            "2010/08/long/index.html: error: a post page of 51,241 bytes, over the budget of 51,200");
  }

  @Test
  void onlyTheSitesOwnSmallDeferredScriptsAndScriptsHaveABudget(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("search"));
    Files.writeString(
        dir.resolve("index.html"),
        "<!DOCTYPE html><title>H</title><script src=\"/small.js\" defer></script>");
    Files.writeString(
        dir.resolve("search/index.html"),
        "<!DOCTYPE html><title>S</title><script src=\"/big.js\" defer></script>");
    Files.writeString(dir.resolve("small.js"), "/* padding */".repeat(80));
    Files.writeString(
        dir.resolve("big.js"), "/* padding */".repeat(PageBudget.OWN_SCRIPT_BYTES / 13 + 1));
    Files.writeString(dir.resolve("unused.js"), "/* padding */".repeat(8 * 1024 / 13));
    Path other = dir.resolve("tags/search/index.html");
    Files.createDirectories(other.getParent());
    Files.writeString(
        other,
        "<!DOCTYPE html><title>T</title><script src=\"/small.js\"></script>"
            + "<script src=\"https://cdn.example.com/search.js\" defer></script>");
    BuiltSite site = new BuiltSite("scripts", dir, java.net.URI.create("https://x.example/"));

    assertThat(PageBudget.check(site).stream().map(Finding::format))
        .containsExactly(
            "*.js: error: the site's scripts are 25,623 bytes, over the budget of 24,576",
            "search/index.html:1:32: error: a <script> src=\"/big.js\": pages must be readable"
                + " without scripts (only application/ld+json data is allowed)",
            "tags/search/index.html:1:32: error: a <script> src=\"/small.js\": pages must be"
                + " readable without scripts (only application/ld+json data is allowed)",
            "tags/search/index.html:1:65: error: a <script>"
                + " src=\"https://cdn.example.com/search.js\": pages must be readable without"
                + " scripts (only application/ld+json data is allowed)",
            "tags/search/index.html:1:65: error: <script"
                + " src=\"https://cdn.example.com/search.js\"> loads from another host");
  }

  @Test
  void unsizedAndHeavyImagesFail(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("2011/03/photo/index.html");
    Files.createDirectories(page.getParent());
    Files.writeString(
        page,
        "<!DOCTYPE html><title>Photo</title>\n"
            + "<img src=\"big.jpg\" alt=\"\">\n"
            + "<img src=\"/2011/03/photo/a.jpg\" srcset=\"a-480.jpg 480w, a-960.jpg 960w, "
            + "https://t.example/2011/03/photo/a.jpg 1600w\" alt=\"\" width=\"1600\" height=\"900\">\n"
            + "<img src=\"c.jpg\" alt=\"\" width=\"10\" height=\"10\">\n"
            + "<img src=\"https://elsewhere.example/d.jpg\" alt=\"\">\n"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\">\n");
    Files.write(page.resolveSibling("big.jpg"), new byte[250 * 1024]);
    Files.write(page.resolveSibling("a-480.jpg"), new byte[50 * 1024]);
    Files.write(page.resolveSibling("a-960.jpg"), new byte[150 * 1024]);
    Files.write(page.resolveSibling("a.jpg"), new byte[400 * 1024]);
    Files.write(page.resolveSibling("c.jpg"), new byte[190 * 1024]);
    BuiltSite site = new BuiltSite("images", dir, java.net.URI.create("https://t.example/"));

    assertThat(PageBudget.check(site).stream().map(Finding::format))
        .containsExactly(
            "2011/03/photo/index.html:5:1: error: <img src=\"https://elsewhere.example/d.jpg\"> "
                + "loads from another host",
            "2011/03/photo/index.html:2:1: error: <img src=\"big.jpg\"> has no width and height: "
                + "the page shifts when it loads",
            "2011/03/photo/index.html:2:1: error: a phone loads 2011/03/photo/big.jpg, 256,000 "
                + "bytes, over the budget of 204,800 for an image",
            "2011/03/photo/index.html: error: a phone loads 604,160 bytes of images, over the "
                + "budget of 512,000 for a page");
  }

  private static void assertWithinBudget(BuiltSite site) throws IOException {
    List<Finding> findings = PageBudget.check(site);
    long css = 0;
    for (String f : site.files("css")) {
      css += Files.size(site.file(f));
    }
    String biggest =
        site.pages().stream()
            .filter(p -> p.matches("\\d{4}/\\d{2}/[^/]+/index\\.html"))
            .max(Comparator.comparingLong(p -> site.file(p).toFile().length()))
            .orElseThrow();
    GateOutput.print(
        "budget",
        site,
        String.format(
            java.util.Locale.ROOT,
            "CSS %,d bytes, biggest post page %s %,d bytes",
            css,
            biggest,
            site.file(biggest).toFile().length()),
        findings);
    assertThat(Finding.lines(findings)).as("page budget of the %s", site).isEmpty();
  }
}
