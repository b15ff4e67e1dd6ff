package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every importer on real material (and the synthetic edges): import, {@code tinta build}, {@code
 * tinta check} passes; every old URL has a redirect page whose target exists; each post has as many
 * comments as the source (minus removed ones), with the same parents; importing again changes
 * nothing.
 */
class ImportRoundTripIT {
  @TempDir Path tmp;

  @Test
  void bloggerClassicFromPelican() throws IOException {
    Path site = tmp.resolve("blogger");
    Path input = BloggerImporterTest.declaredApp(tmp);
    String out = importAndBuild("blogger", input, site);
    assertThat(out)
        .contains("Imported: 2 posts (1 drafts), 2 pages, comments: 1 approved, 2 redirects");
    assertRedirects(
        site,
        Map.of(
            "/2010/11/the-steel-windpipe.html", "/2010/11/the-steel-windpipe/",
            "/p/test-page.html", "/test-page/"));
    assertThat(comments(site, "the-steel-windpipe")).containsExactly("c5590533389087749201 <- ");
    assertThat(Files.readString(site.resolve("site.yaml")))
        .isEqualTo(
            "# Made by tinta import; see README.md for every key.\n"
                + "title: Notes of a Young Doctor\nlanguage: nl\ntime_zone: America/Los_Angeles\n");
    assertAgainChangesNothing("blogger", input, site);
  }

  @Test
  void takeoutThenDisqusIntoTheSameSite() throws IOException {
    Path site = tmp.resolve("takeout");
    Path input = Sites.fixture("blogger/takeout-edges.atom");
    String out = importAndBuild("blogger", input, site, "--time-zone", "America/New_York");
    assertThat(out).contains("Skipped: 1 deleted posts, 1 removed comments");
    assertThat(comments(site, "tom-jerry"))
        .containsExactly("c9001 <- ", "c9002 <- c9001", "c9003 <- c9002");
    assertRedirects(
        site,
        Map.of(
            "/2011/03/tom-jerry.html", "/2011/03/tom-jerry/",
            "/2011/06/summer-time.html", "/2011/06/summer-time/",
            "/p/tentang.html", "/tentang/"));
    // the third-level reply is shown three deep
    assertThat(
            Sites.page(site.resolve("site-output"), "/2011/03/tom-jerry/")
                .select("li.comment.depth-2"))
        .hasSize(1);

    // Disqus comments of the same post join the thread; a thread of no post is listed
    Sites.Run disqus =
        Sites.tinta(
            "import",
            "disqus",
            Sites.fixture("disqus/synthetic-threads.xml").toString(),
            "--site",
            site.toString());
    assertThat(disqus.code()).as(disqus.err()).isZero();
    assertThat(disqus.out())
        .contains(
            "warning: "
                + Sites.fixture("disqus/synthetic-threads.xml")
                + ": 1 comments on https://old.example.org/2009/01/gone.html match no post; not imported")
        .contains("comments: 2 approved, 1 spam")
        .contains("1 deleted comments");
    assertThat(comments(site, "tom-jerry"))
        .containsExactly(
            "c9001 <- ", "c9002 <- c9001", "c9003 <- c9002", "d1 <- ", "d2 <- d1", "d3 <- ");
    buildAndCheck(site);
    assertAgainChangesNothing("disqus", Sites.fixture("disqus/synthetic-threads.xml"), site);
  }

  @Test
  void disqusThreadsOfIssoMatchNoPostAndAreListed() throws IOException {
    Path site = tmp.resolve("isso");
    importAndBuild("blogger", Sites.fixture("blogger/net2o-takeout-excerpt.atom"), site);
    Sites.Run disqus =
        Sites.tinta(
            "import",
            "disqus",
            Sites.fixture("disqus/isso-disqus.xml").toString(),
            "--site",
            site.toString());
    assertThat(disqus.code()).as(disqus.err()).isZero();
    assertThat(disqus.out())
        .contains(": 3 comments on http://example.org/ match no post; not imported")
        .contains(
            ": 1 comments on http://localhost:4000/blog/2013/02/12/redacted/index.html match no post; not imported")
        .contains(": 1 comments on thread 1337 (not in the export) match no post; not imported");
  }

  @Test
  void wordpressFromPelican() throws IOException {
    Path site = tmp.resolve("wp");
    Path input = Sites.fixture("wordpress/pelican-wordpressexport.xml");
    Sites.Run imported =
        Sites.tinta("import", "wordpress", input.toString(), "--site", site.toString());
    assertThat(imported.code()).as(imported.err() + imported.out()).isZero();
    // the source shows two images of its old server's theme, which the export does not hold: a
    // missing image is an error at the line that shows it (#15)
    List<String> images =
        List.of(
            "xpelican.png.pagespeed.ic.Rjep0025-y.png",
            "xpelican-3.png.pagespeed.ic.m-NAIdRCOM.png");
    Sites.Run build = Sites.tinta("build", "--site", site.toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(build.err().lines().filter(l -> l.contains(": error: ")))
        .containsExactly(
            "content/posts/caption-on-image.md:16:102: error: image '/theme/img/"
                + images.get(0)
                + "' not found (hint: no file static/theme/img/"
                + images.get(0)
                + ", nor a post folder's file at that path)",
            "content/posts/caption-on-image.md:18:74: error: image '/theme/img/"
                + images.get(1)
                + "' not found (hint: no file static/theme/img/"
                + images.get(1)
                + ", nor a post folder's file at that path)");
    // brought over from the old server, they are published, and every link resolves
    for (String name : images) {
      Path file = site.resolve("static/theme/img/" + name);
      Files.createDirectories(file.getParent());
      Files.write(file, dev.tinta.testing.TestImages.png(40, 20, 1, false));
    }
    buildAndCheck(site);
    String out = imported.out();
    assertThat(out).contains("4 attachment items");
    // the source's comments on this post: 116 and its reply 117 (comment_parent 116), ...
    String source = Files.readString(input);
    Map<String, Integer> expected = sourceCommentCounts(source);
    for (Map.Entry<String, Integer> e : expected.entrySet()) {
      assertThat(comments(site, e.getKey())).as(e.getKey()).hasSize(e.getValue());
    }
    assertThat(expected).isNotEmpty();
    assertAgainChangesNothing("wordpress", input, site);
  }

  @Test
  void jekyllPoole() throws IOException {
    Path site = tmp.resolve("jekyll");
    Path input = Sites.fixture("jekyll/poole");
    String out = importAndBuild("jekyll", input, site, List.of("broken link \"{{ post.url }}\""));
    assertThat(out)
        .contains(
            "_posts/2020-04-02-example-content.md:83: Liquid {% gist 13f94b734a4ddb132735 gist.md %} cannot be converted; left in the text")
        .contains("archive.md:15: Liquid {{ post.url }} cannot be converted")
        .contains(
            "_posts/2020-04-04-introduction.md:12: Liquid {{ site.time | date: \"%B %d, %Y\" }} cannot be converted");
    String post = Files.readString(site.resolve("content/posts/example-content.md"));
    assertThat(post).contains("```js\n").doesNotContain("{% highlight");
    assertThat(Files.readString(site.resolve("site.yaml")))
        .contains("permalink: /:year/:month/:day/:slug/");
    assertThat(Files.readString(site.resolve("content/posts/introduction.md")))
        .contains("[archive page](/archive)");
    assertAgainChangesNothing("jekyll", input, site);
  }

  @Test
  void hugoBasicExample() throws IOException {
    Path site = tmp.resolve("hugo");
    Path input = Sites.fixture("hugo/basic-example");
    String out = importAndBuild("hugo", input, site);
    assertThat(out).contains("shortcode {{< css.inline >}} cannot be converted");
    assertRedirects(
        site,
        Map.of(
            "/post/rich-content/", "/2019/03/rich-content/",
            "/post/migrate-from-jekyl/", "/2019/03/markdown-syntax/",
            "/about-us/", "/about/"));
    assertThat(Files.readString(site.resolve("content/posts/rich-content.md")))
        .contains("<https://www.youtube.com/watch?v=ZJthWmvUzzc>")
        .startsWith(
            "---\ntitle: Rich Content\ndate: 2019-03-10T00:00:00Z\nauthor: Hugo Authors\ntags:\n  - shortcodes\n  - privacy\nsummary: A brief description of Hugo Shortcodes\naliases:\n  - /post/rich-content/\n---\n");
    assertAgainChangesNothing("hugo", input, site);
  }

  private String importAndBuild(String kind, Path input, Path site, String... more)
      throws IOException {
    return importAndBuild(kind, input, site, List.of(), more);
  }

  /**
   * @param broken links tinta check must report: what the source itself links to and the import
   *     could not bring (an image on the old server, a Liquid loop the import listed)
   */
  private String importAndBuild(
      String kind, Path input, Path site, List<String> broken, String... more) throws IOException {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("import", kind, input.toString(), "--site", site.toString()));
    args.addAll(List.of(more));
    Sites.Run r = Sites.tinta(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err() + r.out()).isZero();
    if (broken.isEmpty()) {
      buildAndCheck(site);
    } else {
      assertThat(Sites.tinta("build", "--site", site.toString()).code()).isZero();
      Sites.Run check = Sites.tinta("check", "--site", site.toString());
      assertThat(check.code()).isEqualTo(1);
      assertThat(check.err().lines().filter(l -> l.contains(": error: ")).toList())
          .hasSize(broken.size())
          .allSatisfy(l -> assertThat(broken).anyMatch(l::contains));
    }
    return r.out();
  }

  private static void buildAndCheck(Path site) {
    Sites.Run build = Sites.tinta("build", "--site", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    Sites.Run check = Sites.tinta("check", "--site", site.toString());
    assertThat(check.code()).as(check.err() + check.out()).isZero();
  }

  private static void assertAgainChangesNothing(String kind, Path input, Path site)
      throws IOException {
    Map<Path, String> before = snapshot(site.resolve("content"));
    Sites.Run again = Sites.tinta("import", kind, input.toString(), "--site", site.toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(snapshot(site.resolve("content"))).isEqualTo(before);
  }

  private static Map<Path, String> snapshot(Path dir) throws IOException {
    Map<Path, String> out = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p :
          all.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList()) {
        out.put(dir.relativize(p), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return out;
  }

  /** Every alias has a redirect page that names an existing page, and _redirects lists it. */
  private static void assertRedirects(Path site, Map<String, String> some) throws IOException {
    Path out = site.resolve("site-output");
    Map<String, String> listed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out.resolve("_redirects"))) {
      String[] f = line.split(" ");
      assertThat(f).hasSize(3);
      assertThat(f[2]).isEqualTo("301");
      listed.put(f[0], f[1]);
      String target = Sites.page(out, f[0]).select("meta[http-equiv=refresh]").attr("content");
      assertThat(target).isEqualTo("0; url=" + f[1]);
      assertThat(Sites.page(out, f[1]).select("h1")).isNotEmpty();
    }
    assertThat(listed).containsAllEntriesOf(some);
  }

  /** The entries of a post's comments file as "id <- parent". */
  private static List<String> comments(Path site, String slug) throws IOException {
    Path file = site.resolve("content/comments/" + slug + ".yaml");
    if (!Files.exists(file)) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>();
    String id = null;
    String parent = "";
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith("- id: ")) {
        if (id != null) {
          out.add(id + " <- " + parent);
        }
        id = line.substring(6);
        parent = "";
      } else if (line.startsWith("  parent: ")) {
        parent = line.substring(10);
      }
    }
    if (id != null) {
      out.add(id + " <- " + parent);
    }
    return out;
  }

  /** Per post_name of a published post: its comments that are not pingbacks or trackbacks. */
  private static Map<String, Integer> sourceCommentCounts(String wxr) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Matcher item = Pattern.compile("(?s)<item>(.*?)</item>").matcher(wxr);
    while (item.find()) {
      String i = item.group(1);
      if (!i.contains("<wp:post_type>post</wp:post_type>")
          || !i.contains("<wp:status>publish</wp:status>")) {
        continue;
      }
      Matcher name = Pattern.compile("<wp:post_name>([^<]*)</wp:post_name>").matcher(i);
      int n = 0;
      Matcher c = Pattern.compile("(?s)<wp:comment>(.*?)</wp:comment>").matcher(i);
      while (c.find()) {
        if (!c.group(1)
            .matches("(?s).*<wp:comment_type>(pingback|trackback)</wp:comment_type>.*")) {
          n++;
        }
      }
      if (n > 0 && name.find()) {
        out.put(name.group(1), n);
      }
    }
    return out;
  }
}
