package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the example blog (the repository root: {@code site.yaml}, {@code content/}, {@code
 * templates/}) with a fixed clock and compares every file of the output, names and bytes, with the
 * golden copy in {@code src/test/resources/golden/example-site/}.
 *
 * <p><b>Updating the golden copy.</b> When a change to the output is intended (a theme edit, a new
 * example post, reader comments in the example), rewrite it from the build and review the diff in
 * the commit:
 *
 * <pre>
 * mvn -q -B -Dtinta.buildDir=/tmp/b test -Dtest=ExampleSiteGoldenTest -Dgolden.update=true
 * git status --short src/test/resources/golden/ &amp;&amp; git diff src/test/resources/golden/
 * </pre>
 *
 * With {@code golden.update=true} the folder is deleted and written anew, so removed files
 * disappear too. {@code src/test/resources/golden/.gitattributes} keeps Git from touching line
 * endings of the golden files.
 */
class ExampleSiteGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/example-site");

  @Test
  void exampleSiteMatchesGoldenCopy(@TempDir Path tmp) {
    Path out = tmp.resolve("site-output");
    BuildResult result = ExampleSite.build(out, 2);
    assertThat(result.posts()).isEqualTo(6);

    Path golden = ExampleSite.root().resolve(GOLDEN);
    if (Boolean.getBoolean("golden.update")) {
      FileTrees.delete(golden);
      FileTrees.copy(out, golden);
      System.out.println(
          "golden.update: rewrote " + golden + "; review the diff before committing");
    }
    assertThat(golden).as("golden copy; create it with -Dgolden.update=true").isDirectory();
    FileTrees.assertSameFiles(golden, out);
  }

  @Test
  void goldenCopyHasEveryKindOfPage() {
    Path golden = ExampleSite.root().resolve(GOLDEN);
    // Guards the golden copy itself: an update from a broken build must not go unnoticed.
    assertThat(FileTrees.read(golden).keySet())
        .contains(
            "index.html",
            "page/2/index.html",
            "404.html",
            "tentang/index.html",
            "2010/08/another-insight-about-networking/index.html",
            "2010/10/menyusun-agenda-rapat/index.html",
            "2010/10/menyusun-agenda-rapat/alur-agenda.svg",
            "2011/03/secangkir-kopi-sebelum-rapat/index.html",
            "2011/03/secangkir-kopi-sebelum-rapat/kopi.jpg",
            "2011/03/secangkir-kopi-sebelum-rapat/kopi-480w-78fe8289ef.jpg",
            "2011/02/notulen-dalam-teks-biasa/index.html",
            "2010/index.html",
            "2010/08/index.html",
            "tags/index.html",
            "tags/networking/index.html",
            "feed.xml",
            "rss.xml",
            "feed.json",
            "sitemap.xml",
            "robots.txt",
            "style.css",
            "favicon.svg",
            "search/index.html",
            "search/index.json",
            "search.js")
        .noneMatch(p -> p.contains("catatan-draf"));
    assertThat(Files.exists(golden.resolve("index.html"))).isTrue();
  }
}
