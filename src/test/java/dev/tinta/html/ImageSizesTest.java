package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.SizedImage;
import dev.tinta.problem.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ImageSizesTest {
  static final URI BASE = URI.create("https://blog.example.org/");

  static final SizedImage PHOTO =
      new SizedImage(
          "/2011/03/kopi/kopi.jpg",
          2000,
          1000,
          List.of(
              new SizedImage.Candidate("/2011/03/kopi/kopi-480w-0a.jpg", 480, 240),
              new SizedImage.Candidate("/2011/03/kopi/kopi-960w-0a.jpg", 960, 480),
              new SizedImage.Candidate("/2011/03/kopi/kopi-1600w-0a.jpg", 1600, 800)));
  static final SizedImage DIAGRAM = new SizedImage("/img/flow.svg", 640, 120, List.of());
  static final SizedImage UNSIZED = new SizedImage("/img/old.bmp", 0, 0, List.of());

  /** The site in these tests, and every lookup the pass made. */
  final List<String> asked = new ArrayList<>();

  final ImageResolver resolver =
      new ImageResolver() {
        final Map<String, ImageLookup> bySitePath =
            Map.of(
                "/img/flow.svg", new ImageLookup.Found(DIAGRAM),
                "/img/old.bmp", new ImageLookup.Found(UNSIZED),
                "/img/broken.png",
                    new ImageLookup.Unreadable(
                        "static/img/broken.png",
                        "is a damaged PNG file: bad IHDR",
                        "save it again"));

        @Override
        public ImageLookup atSitePath(String sitePath) {
          asked.add("site " + sitePath);
          return bySitePath.getOrDefault(
              sitePath, new ImageLookup.Missing("no file static" + sitePath));
        }

        @Override
        public ImageLookup atSource(String sourcePath) {
          asked.add("source " + sourcePath);
          return sourcePath.equals("content/posts/kopi/kopi.jpg")
                  || sourcePath.equals("content/posts/kopi/foto saya.jpg")
              ? new ImageLookup.Found(PHOTO)
              : new ImageLookup.Missing("no file " + sourcePath);
        }
      };

  final List<Problem> problems = new ArrayList<>();

  String apply(String file, String markdown, String html, URI base, List<SizedImage> found) {
    Element body = HeadingAnchorsTest.body(html);
    found.addAll(
        ImageSizes.apply(
            body.getAllElements(), new SourceContext(file, markdown, 7), resolver, base, problems));
    return body.html();
  }

  String apply(String html) {
    return apply("content/posts/kopi/index.md", "", html, BASE, new ArrayList<>());
  }

  @Test
  void aPhotoGetsItsVariantsAndTheSizeOfTheWidest() {
    List<SizedImage> found = new ArrayList<>();

    String html =
        apply(
            "content/posts/kopi/index.md",
            "",
            "<p><img src=\"kopi.jpg\" alt=\"Kopi\"></p>",
            BASE,
            found);

    assertThat(html)
        .isEqualTo(
            "<p><img src=\"/2011/03/kopi/kopi-1600w-0a.jpg\" alt=\"Kopi\" "
                + "srcset=\"/2011/03/kopi/kopi-480w-0a.jpg 480w, /2011/03/kopi/kopi-960w-0a.jpg 960w, "
                + "/2011/03/kopi/kopi-1600w-0a.jpg 1600w\" "
                + "sizes=\"(min-width: 60rem) 42rem, calc(100vw - 2.5rem)\" "
                + "width=\"1600\" height=\"800\"></p>");
    assertThat(asked).containsExactly("source content/posts/kopi/kopi.jpg");
    assertThat(found).containsExactly(PHOTO);
    assertThat(problems).isEmpty();
  }

  @Test
  void urlsGetTheBasePathOfASiteBelowItsHost() {
    String html =
        apply(
            "content/posts/kopi/index.md",
            "",
            "<img src=\"/img/flow.svg\" alt=\"\"><img src=\"kopi.jpg\" alt=\"\">",
            URI.create("https://example.org/blog/"),
            new ArrayList<>());

    assertThat(html)
        .startsWith(
            "<img src=\"/img/flow.svg\" alt=\"\" width=\"640\" height=\"120\">"
                + "<img src=\"/blog/2011/03/kopi/kopi-1600w-0a.jpg\" alt=\"\" "
                + "srcset=\"/blog/2011/03/kopi/kopi-480w-0a.jpg 480w, ");
  }

  @Test
  void anImageWithoutVariantsGetsOnlyItsSize() {
    assertThat(apply("<img src=\"/img/flow.svg\" alt=\"Flow\"><img src=\"/img/old.bmp\" alt=\"\">"))
        .isEqualTo(
            "<img src=\"/img/flow.svg\" alt=\"Flow\" width=\"640\" height=\"120\">"
                + "<img src=\"/img/old.bmp\" alt=\"\">");
  }

  @Test
  void whatTheAuthorSetIsKept() {
    assertThat(
            apply(
                "<img src=\"kopi.jpg\" alt=\"\" width=\"300\" sizes=\"300px\">"
                    + "<img src=\"kopi.jpg\" alt=\"\" srcset=\"kopi.jpg 2x\">"))
        .isEqualTo(
            "<img src=\"/2011/03/kopi/kopi-1600w-0a.jpg\" alt=\"\" width=\"300\" sizes=\"300px\" "
                + "srcset=\"/2011/03/kopi/kopi-480w-0a.jpg 480w, /2011/03/kopi/kopi-960w-0a.jpg 960w, "
                + "/2011/03/kopi/kopi-1600w-0a.jpg 1600w\">"
                + "<img src=\"kopi.jpg\" alt=\"\" srcset=\"kopi.jpg 2x\" width=\"2000\" height=\"1000\">");
  }

  @Test
  void imagesElsewhereAreLeftAlone() {
    String html =
        "<img src=\"https://cdn.example.com/a.jpg\" alt=\"\"><img src=\"//cdn.example.com/b.png\" alt=\"\">"
            + "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" alt=\"\"><img alt=\"no src\">"
            + "<img src=\"#frag\" alt=\"\"><img src=\"bad url\" alt=\"\">";

    assertThat(apply(html)).isEqualTo(html);
    assertThat(asked).isEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void urlsOfVariantsAreEncodedForSrcset() {
    assertThat(ImageSizes.encode("/2011/03/kafé/foto saya,1-480w-0a.jpg"))
        .isEqualTo("/2011/03/kaf%C3%A9/foto%20saya%2C1-480w-0a.jpg");
    assertThat(ImageSizes.encode("/a-b_c.d~e/(1)+!$&'*;=:@.png"))
        .isEqualTo("/a-b_c.d~e/(1)+!$&'*;=:@.png");
  }

  @Test
  void percentEncodedNamesAreDecoded() {
    apply(
        "content/posts/kopi/index.md",
        "![](foto saya.jpg)",
        "<img src=\"foto%20saya.jpg\" alt=\"\">",
        BASE,
        new ArrayList<>());

    assertThat(asked).containsExactly("source content/posts/kopi/foto saya.jpg");
    assertThat(problems).isEmpty();
  }

  @Test
  void aMissingImageIsAProblemAtItsLine() {
    String markdown = "Intro.\n\n![Peta](../peta.png)\n\nAnd ![x](/img/nope.jpg \"t\")\n";

    apply(
        "content/posts/kopi/index.md",
        markdown,
        "<p>Intro.</p><p><img src=\"../peta.png\" alt=\"Peta\"></p>"
            + "<p>And <img src=\"/img/nope.jpg\" alt=\"x\" title=\"t\"></p>",
        BASE,
        new ArrayList<>());

    assertThat(problems.stream().map(Problem::format))
        .containsExactly(
            "content/posts/kopi/index.md:9:9: error: image '../peta.png' not found "
                + "(hint: no file content/posts/peta.png)",
            "content/posts/kopi/index.md:11:10: error: image '/img/nope.jpg' not found "
                + "(hint: no file static/img/nope.jpg)");
  }

  @Test
  void anImageOutsideTheSiteFolderIsMissing() {
    apply(
        "content/posts/x.md",
        "![](../../../etc/x.png)",
        "<img src=\"../../../etc/x.png\" alt=\"\">",
        BASE,
        new ArrayList<>());

    assertThat(asked).isEmpty();
    assertThat(problems.stream().map(Problem::format))
        .containsExactly(
            "content/posts/x.md:7:5: error: image '../../../etc/x.png' not found "
                + "(hint: it points outside the site folder)");
  }

  @Test
  void anUnreadableImageIsAProblemNamingTheFile() {
    apply(
        "content/posts/x.md",
        "![](/img/broken.png)",
        "<img src=\"/img/broken.png\" alt=\"\">",
        BASE,
        new ArrayList<>());

    assertThat(problems.stream().map(Problem::format))
        .containsExactly(
            "content/posts/x.md:7:5: error: image static/img/broken.png is a damaged PNG file: "
                + "bad IHDR (hint: save it again)");
  }

  @Test
  void eachImageIsListedOnce() {
    List<SizedImage> found = new ArrayList<>();
    apply(
        "content/posts/kopi/index.md",
        "",
        "<img src=\"/img/flow.svg\" alt=\"\"><img src=\"kopi.jpg\" alt=\"\"><img src=\"/img/flow.svg\" alt=\"\">",
        BASE,
        found);

    assertThat(found).containsExactly(DIAGRAM, PHOTO);
  }

  @Test
  void relativePathsResolveInsideTheSiteFolder() {
    assertThat(ImageSizes.resolve("content/posts/kopi/", "a/../b/./c.jpg"))
        .contains("content/posts/kopi/b/c.jpg");
    assertThat(ImageSizes.resolve("content/posts/", "../../static/x.png")).contains("static/x.png");
    assertThat(ImageSizes.resolve("content/posts/", "../../../x.png")).isEmpty();
  }
}
