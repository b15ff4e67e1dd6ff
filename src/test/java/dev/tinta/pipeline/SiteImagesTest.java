package dev.tinta.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.check.LinkChecker;
import dev.tinta.check.LinkReport;
import dev.tinta.images.ResponsiveImages;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images through whole builds: sizes, variants, figures, errors, the cache, determinism. */
class SiteImagesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
  private static final byte[] PHOTO = TestImages.jpeg(2000, 1500, 1);
  private static final byte[] MAP = TestImages.png(800, 400, 2, true);

  @TempDir Path tmp;

  /** A site with a post folder holding a photo, a flat post and a page showing a static image. */
  private Path site(String name) throws IOException {
    Path site = tmp.resolve(name);
    write(site.resolve("site.yaml"), "title: T\nbase_url: https://t.example/\n");
    write(
        site.resolve("content/posts/kopi/index.md"),
        "---\ntitle: Kopi\ndate: 2011-03-08\n---\n\nIntro.\n\n"
            + "![A cup](kopi.jpg \"Black coffee\")\n\nText with ![map](/img/map.png) inline.\n");
    Files.write(site.resolve("content/posts/kopi/kopi.jpg"), PHOTO);
    write(
        site.resolve("content/posts/flat.md"),
        "---\ntitle: Flat\ndate: 2011-03-01\n---\n\n![Map](/img/map.png)\n\n"
            + "![Same photo](kopi/kopi.jpg)\n");
    write(
        site.resolve("content/pages/about.md"),
        "---\ntitle: About\n---\n\n![Map](../../static/img/map.png)\n");
    Files.createDirectories(site.resolve("static/img"));
    Files.write(site.resolve("static/img/map.png"), MAP);
    return site;
  }

  private static BuildResult build(Path site, Path out) {
    return new SiteBuilder(2)
        .build(new BuildOptions(site, out, false, false, Optional.empty(), CLOCK));
  }

  @Test
  void photosGetSizesVariantsAndCaptions() throws IOException {
    Path site = site("s");
    Path out = tmp.resolve("out");

    build(site, out);

    String hash = ResponsiveImages.hashOf(PHOTO).substring(0, 10);
    String dir = "/2011/03/kopi/";
    Document post = page(out, "2011/03/kopi/index.html");
    Element figure = post.selectFirst(".post-body figure");
    assertThat(figure.outerHtml())
        .isEqualTo(
            "<figure><img src=\""
                + dir
                + "kopi-1600w-"
                + hash
                + ".jpg\" alt=\"A cup\" srcset=\""
                + dir
                + "kopi-480w-"
                + hash
                + ".jpg 480w, "
                + dir
                + "kopi-960w-"
                + hash
                + ".jpg 960w, "
                + dir
                + "kopi-1600w-"
                + hash
                + ".jpg 1600w\" sizes=\"(min-width: 60rem) 42rem, calc(100vw - 2.5rem)\" "
                + "width=\"1600\" height=\"1200\" loading=\"lazy\" decoding=\"async\">"
                + "<figcaption>Black coffee</figcaption></figure>");
    String mapHash = ResponsiveImages.hashOf(MAP).substring(0, 10);
    String mapTag =
        "<img src=\"/img/map.png\" alt=\"map\" srcset=\"/img/map-480w-"
            + mapHash
            + ".png 480w, /img/map.png 800w\" sizes=\"(min-width: 60rem) 42rem, calc(100vw - 2.5rem)\" "
            + "width=\"800\" height=\"400\" loading=\"lazy\" decoding=\"async\">";
    assertThat(post.select(".post-body p img").outerHtml()).isEqualTo(mapTag);
    assertThat(page(out, "about/index.html").select("main img").outerHtml())
        .isEqualTo(mapTag.replace("alt=\"map\"", "alt=\"Map\""));
    assertThat(page(out, "2011/03/flat/index.html").select("main img").eachAttr("src"))
        .containsExactly("/img/map.png", dir + "kopi-1600w-" + hash + ".jpg");

    assertThat(size(out.resolve("2011/03/kopi/kopi-480w-" + hash + ".jpg"))).isEqualTo("480x360");
    assertThat(size(out.resolve("2011/03/kopi/kopi-960w-" + hash + ".jpg"))).isEqualTo("960x720");
    assertThat(size(out.resolve("2011/03/kopi/kopi-1600w-" + hash + ".jpg")))
        .isEqualTo("1600x1200");
    assertThat(size(out.resolve("img/map-480w-" + mapHash + ".png"))).isEqualTo("480x240");
    assertThat(Files.readAllBytes(out.resolve("2011/03/kopi/kopi.jpg"))).isEqualTo(PHOTO);
    try (Stream<Path> files = Files.list(out.resolve("2011/03/kopi"))) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted())
          .containsExactly(
              "index.html",
              "kopi-1600w-" + hash + ".jpg",
              "kopi-480w-" + hash + ".jpg",
              "kopi-960w-" + hash + ".jpg",
              "kopi.jpg");
    }
    LinkReport links = LinkChecker.check(out, URI.create("https://t.example/"));
    assertThat(links.problems()).isEmpty();
  }

  @Test
  void everyImageProblemIsReportedAtItsLineInOneRun() throws IOException {
    Path site = site("s");
    write(
        site.resolve("content/posts/broken/index.md"),
        "---\ntitle: Broken\ndate: 2011-04-01\n---\n\n"
            + "![gone](gone.jpg)\n\n"
            + "![cut](cut.jpg)\n\n"
            + "![scan](scan.png)\n\n"
            + "![beside a flat post](../loose.jpg)\n\n"
            + "![not svg](fake.svg)\n");
    byte[] whole = TestImages.jpeg(900, 600, 3);
    Files.write(
        site.resolve("content/posts/broken/cut.jpg"), Arrays.copyOf(whole, whole.length / 2));
    Files.write(
        site.resolve("content/posts/broken/scan.png"), TestImages.pngHeaderOnly(12000, 9000));
    Files.write(site.resolve("content/posts/loose.jpg"), whole);
    write(site.resolve("content/posts/broken/fake.svg"), "<html></html>");
    Path out = tmp.resolve("out");

    assertThatThrownBy(() -> build(site, out))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems().stream().map(Problem::format))
                    .containsExactly(
                        "content/posts/broken/index.md:6:9: error: image 'gone.jpg' not found "
                            + "(hint: no file content/posts/broken/gone.jpg)",
                        "content/posts/broken/index.md:8:8: error: image "
                            + "content/posts/broken/cut.jpg is cut short: Truncated File - "
                            + "Missing EOI marker (hint: the file was not copied completely; "
                            + "copy or export it again)",
                        "content/posts/broken/index.md:10:9: error: image "
                            + "content/posts/broken/scan.png is 12000 × 9000 pixels "
                            + "(108.0 megapixels), over tinta's limit of 40 megapixels (hint: "
                            + "scale it down to at most 4000 pixels wide before adding it; tinta "
                            + "makes the smaller copies itself)",
                        "content/posts/broken/index.md:12:23: error: image '../loose.jpg' not "
                            + "found (hint: content/posts/loose.jpg is not published: put images "
                            + "in the post's own folder (beside index.md) or in static/)",
                        "content/posts/broken/index.md:14:12: error: image "
                            + "content/posts/broken/fake.svg is not an SVG image: its root element "
                            + "is <html> (hint: an SVG file starts with <svg "
                            + "xmlns=\"http://www.w3.org/2000/svg\" ...>)"));
    assertThat(out).doesNotExist();
  }

  @Test
  void aRebuildTakesVariantsFromTheCacheAndRewritesNothing() throws IOException {
    Path site = site("s");
    Path out = tmp.resolve("out");
    build(site, out);
    Path cache = site.resolve(ResponsiveImages.CACHE_FOLDER);
    Path entry = cache.resolve(ResponsiveImages.hashOf(PHOTO) + "-960.jpg");
    String variant =
        "2011/03/kopi/kopi-960w-" + ResponsiveImages.hashOf(PHOTO).substring(0, 10) + ".jpg";
    Object inode = Files.getAttribute(out.resolve(variant), "unix:ino");

    BuildResult again = build(site, out);

    assertThat(again.changed()).isZero();
    assertThat(Files.getAttribute(out.resolve(variant), "unix:ino")).isEqualTo(inode);
    // other bytes in a cache entry: a build that encoded again would not publish them
    Files.write(entry, new byte[] {1, 2, 3});
    BuildResult third = build(site, out);
    assertThat(third.changed()).isEqualTo(1);
    assertThat(Files.readAllBytes(out.resolve(variant))).containsExactly(1, 2, 3);
  }

  @Test
  void coldAndWarmCachesAndTwoCopiesOfASiteGiveTheSameBytes() throws IOException {
    Path a = site("a");
    Path b = site("b");
    build(a, tmp.resolve("a-cold"));
    build(a, tmp.resolve("a-warm"));
    build(b, tmp.resolve("b-cold"));

    Map<String, byte[]> cold = FileTrees.read(tmp.resolve("a-cold"));
    assertThat(cold.keySet().stream().filter(f -> f.matches(".*-\\d+w-[0-9a-f]{10}\\.(jpg|png)")))
        .hasSize(4);
    FileTrees.assertSameFiles(cold, FileTrees.read(tmp.resolve("a-warm")));
    FileTrees.assertSameFiles(cold, FileTrees.read(tmp.resolve("b-cold")));
  }

  @Test
  void aNewPhotoUnderAnOldNameGetsNewVariantNames() throws IOException {
    Path site = site("s");
    Path out = tmp.resolve("out");
    build(site, out);
    String before = page(out, "2011/03/kopi/index.html").selectFirst("figure img").attr("srcset");
    byte[] other = TestImages.jpeg(2000, 1500, 99);
    Files.write(site.resolve("content/posts/kopi/kopi.jpg"), other);

    build(site, out);

    String after = page(out, "2011/03/kopi/index.html").selectFirst("figure img").attr("srcset");
    assertThat(after)
        .isNotEqualTo(before)
        .contains(ResponsiveImages.hashOf(other).substring(0, 10));
    try (Stream<Path> files = Files.list(out.resolve("2011/03/kopi"))) {
      assertThat(
              files.filter(
                  f -> f.toString().contains(ResponsiveImages.hashOf(PHOTO).substring(0, 10))))
          .isEmpty();
    }
  }

  private static Document page(Path out, String file) throws IOException {
    Document doc = Jsoup.parse(Files.readString(out.resolve(file), StandardCharsets.UTF_8));
    doc.outputSettings().prettyPrint(false);
    return doc;
  }

  private static String size(Path image) throws IOException {
    BufferedImage img = TestImages.decode(Files.readAllBytes(image));
    return img.getWidth() + "x" + img.getHeight();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
