package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code tinta import} in-process: malformed exports of every XML kind are errors at their line and
 * column (exit 1, no trace); {@code --dry-run} writes nothing; nothing is overwritten without
 * {@code --force}; importing again adds nothing; an import that fails while writing leaves the site
 * as it was.
 */
class ImportCommandTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run tinta(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Path fixture(String name) {
    try {
      return Path.of(ImportCommandTest.class.getResource("/importer/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A site that has a site.yaml (Disqus adds only to an existing site). */
  private Path site() throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("site.yaml"), "title: T\n");
    return site;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"blogger", "wordpress", "disqus"})
  void malformedXmlIsAnErrorAtItsLineAndColumn(String kind) throws IOException {
    Path site = site();
    Map<Path, String> before = snapshot(site);
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    Map<String, String> expected = new LinkedHashMap<>();
    inputs.put("empty", new byte[0]);
    expected.put("empty", ":1:1: error: the file is empty");
    inputs.put("not-xml", utf8("{\"posts\": []}\n"));
    expected.put(
        "not-xml",
        ":1:1: error: not valid XML: Content is not allowed in prolog. (hint: the export is"
            + " damaged; export it again or fix the XML at this place)");
    inputs.put("cut", utf8("<rss version='2.0'>\n<channel>\n<title>A</title>\n"));
    expected.put(
        "cut",
        ":4:1: error: not valid XML: XML document structures must start and end within the same"
            + " entity. (hint: the file may be cut short; export it again)");
    inputs.put(
        "element-prefix",
        utf8("<feed xmlns='http://www.w3.org/2005/Atom'>\n<entry><app:control/></entry></feed>"));
    expected.put(
        "element-prefix",
        ":2:22: error: not valid XML: the prefix 'app' of <app:control> is not declared (hint:"
            + " declare it on the first element: xmlns:app='http://purl.org/atom/app#')");
    inputs.put(
        "attribute-prefix",
        utf8("<disqus xmlns='http://disqus.com'>\n  <thread dsq:id='1'/></disqus>"));
    expected.put(
        "attribute-prefix",
        ":2:23: error: not valid XML: the prefix 'dsq' of the attribute dsq:id of <thread> is not"
            + " declared (hint: declare it on the first element:"
            + " xmlns:dsq='http://disqus.com/disqus-internals')");
    inputs.put("control-character", utf8("<rss version='2.0'>\n<title>\u0001</title></rss>"));
    expected.put(
        "control-character",
        ":2:8: error: not valid XML: An invalid XML character (Unicode: 0x1) was found in the"
            + " element content of the document. (hint: the export is damaged; export it again or"
            + " fix the XML at this place)");
    byte[] head = utf8("<rss version='2.0'>\n<title>a");
    byte[] bad = new byte[head.length + 10];
    System.arraycopy(head, 0, bad, 0, head.length);
    System.arraycopy(new byte[] {(byte) 0xC3, 0x28}, 0, bad, head.length, 2);
    System.arraycopy(utf8("</title>"), 0, bad, head.length + 2, 8);
    inputs.put("not-utf8", bad);
    expected.put(
        "not-utf8",
        ":2:8: error: not valid XML: Invalid byte 2 of 2-byte UTF-8 sequence. (hint: the export"
            + " is damaged; export it again or fix the XML at this place)");
    for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
      Path file = Files.write(tmp.resolve(in.getKey() + ".xml"), in.getValue());
      Run r = tinta("import", kind, file.toString(), "--site", site.toString());
      assertThat(r.code()).as(in.getKey()).isEqualTo(1);
      assertThat(r.err())
          .as(in.getKey())
          .isEqualTo(file + expected.get(in.getKey()) + "\n1 error\n");
      assertThat(r.out()).isEmpty();
    }
    assertThat(snapshot(site)).isEqualTo(before);
  }

  @Test
  void theWrongKindOfExportIsAnErrorAtItsRoot() throws IOException {
    Path site = site();
    Path wxr = fixture("wordpress/pelican-wordpressexport.xml");
    Path takeout = fixture("blogger/takeout-edges.atom");
    Path disqus = fixture("disqus/synthetic-threads.xml");
    Path atom =
        Files.writeString(
            tmp.resolve("feed.atom"),
            "<feed xmlns='http://www.w3.org/2005/Atom'>\n"
                + "  <entry><title>A post of another blog</title></entry>\n</feed>\n");
    Map<List<Object>, String> cases = new LinkedHashMap<>();
    cases.put(
        List.of("blogger", wxr),
        ":26:2: error: not a Blogger export: <rss> (hint: give the .xml of Blogger's 'Back up"
            + " content' or Takeout's feed.atom)");
    cases.put(
        List.of("blogger", atom),
        ":1:43: error: not a Blogger export: an Atom feed whose entries have no Blogger kind"
            + " (hint: give the .xml of Blogger's 'Back up content' or Takeout's feed.atom)");
    cases.put(
        List.of("wordpress", takeout),
        ":2:98: error: not a WordPress export (WXR): <feed> (hint: export with WordPress's Tools"
            + " > Export, All content)");
    cases.put(
        List.of("wordpress", disqus),
        ":2:82: error: not a WordPress export (WXR): <disqus> (hint: export with WordPress's"
            + " Tools > Export, All content)");
    cases.put(
        List.of("disqus", wxr),
        ":26:2: error: not a Disqus export: <rss> (hint: export from Disqus's Admin > Community"
            + " > Export)");
    for (Map.Entry<List<Object>, String> c : cases.entrySet()) {
      Path input = (Path) c.getKey().get(1);
      Run r =
          tinta("import", (String) c.getKey().get(0), input.toString(), "--site", site.toString());
      assertThat(r.code()).as(c.getKey().toString()).isEqualTo(1);
      assertThat(r.err()).isEqualTo(input + c.getValue() + "\n1 error\n");
    }
  }

  @Test
  void dryRunPrintsWhatItWouldWriteAndWritesNothing() throws IOException {
    Path site = tmp.resolve("new-site");
    Path input = fixture("blogger/takeout-edges.atom");
    Run r =
        tinta(
            "import",
            "blogger",
            input.toString(),
            "--site",
            site.toString(),
            "--dry-run",
            "--time-zone",
            "America/New_York",
            "--images",
            "download");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(site).doesNotExist();
    assertThat(r.out())
        .isEqualTo(
            """
            would write .gitignore (new)
            would write content/pages/tentang.md (new)
            would write content/posts/summer-time.md (new)
            would write content/posts/tom-jerry.md (new)
            would write content/posts/unfinished.md (new)
            would write site.yaml (new)
            would write content/comments/summer-time.yaml (+1 comments)
            would write content/comments/tom-jerry.yaml (+3 comments)
            Skipped: 1 deleted posts, 1 removed comments
            Would import: 3 posts (1 drafts), 1 pages, comments: 4 approved, 3 redirects, 0 images,\
             0 warnings
            """);

    // into a site that has the import, with one post changed by hand since
    assertThat(tinta("import", "blogger", input.toString(), "--site", site.toString()).code())
        .isZero();
    Path post = site.resolve("content/posts/tom-jerry.md");
    Files.writeString(post, Files.readString(post) + "An edit.\n");
    Map<Path, String> before = snapshot(site);
    Run again =
        tinta(
            "import",
            "blogger",
            input.toString(),
            "--site",
            site.toString(),
            "--dry-run",
            "--force");
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out())
        .contains("would write content/posts/tom-jerry.md (changed)\n")
        .contains("would keep content/posts/summer-time.md (unchanged)\n")
        .contains("would keep content/comments/tom-jerry.yaml (unchanged)\n")
        .endsWith(
            "Would import: 3 posts (1 drafts), 1 pages, comments: none (4 already there), 3"
                + " redirects, 0 images, 0 warnings\n");
    assertThat(snapshot(site)).isEqualTo(before);
  }

  @Test
  void nothingIsOverwrittenWithoutForce() throws IOException {
    Path site = tmp.resolve("site");
    Path input = fixture("jekyll/edges");
    assertThat(tinta("import", "jekyll", input.toString(), "--site", site.toString()).code())
        .isZero();
    Path post = site.resolve("content/posts/other-post.md");
    Path page = site.resolve("content/pages/about.md");
    String imported = Files.readString(post);
    Files.writeString(post, "---\ntitle: Mine\ndate: 2021-03-15\n---\nMy own words.\n");
    Files.writeString(page, "---\ntitle: Mine too\n---\n");
    Files.delete(site.resolve("content/posts/tags-tinta-converts.md"));
    Map<Path, String> before = snapshot(site);

    Run refused = tinta("import", "jekyll", input.toString(), "--site", site.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err())
        .isEqualTo(
            "content/pages/about.md: error: exists with other content; not overwritten (hint:"
                + " pass --force to replace it, or import into another --site)\n"
                + "content/posts/other-post.md: error: exists with other content; not overwritten"
                + " (hint: pass --force to replace it, or import into another --site)\n"
                + "2 errors\n");
    // the missing post is not written either: all or nothing
    assertThat(snapshot(site)).isEqualTo(before);

    Run forced = tinta("import", "jekyll", input.toString(), "--site", site.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(Files.readString(post)).isEqualTo(imported);
    assertThat(site.resolve("content/posts/tags-tinta-converts.md")).exists();
  }

  @Test
  void importingAgainAddsNothing() throws IOException {
    Path site = tmp.resolve("site");
    Path input = fixture("blogger/takeout-edges.atom");
    String[] args = {
      "import",
      "blogger",
      input.toString(),
      "--site",
      site.toString(),
      "--time-zone",
      "Asia/Jakarta"
    };
    assertThat(tinta(args).code()).isZero();
    Map<Path, String> first = snapshot(site);
    Run again = tinta(args);
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.out())
        .endsWith(
            "Imported: 3 posts (1 drafts), 1 pages, comments: none (4 already there), 3"
                + " redirects, 0 images, 0 warnings\n");
    assertThat(snapshot(site)).isEqualTo(first);
  }

  @Test
  void anImportThatFailsWhileWritingLeavesTheSiteAsItWas() throws IOException {
    Path site = site();
    Files.createDirectories(site.resolve("content/pages"));
    Files.writeString(site.resolve("content/pages/about.md"), "---\ntitle: Old about\n---\n");
    // a file where the posts folder must go: the pages are moved in first, then the posts fail
    Files.writeString(site.resolve("content/posts"), "not a folder\n");
    Map<Path, String> before = snapshot(site);
    Run r =
        tinta(
            "import",
            "jekyll",
            fixture("jekyll/edges").toString(),
            "--site",
            site.toString(),
            "--force");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            site.resolve("content/posts/other-post.md")
                + ": error: cannot write: "
                + site.resolve("content/posts")
                + " is a file where a folder must be (hint: nothing was imported; the site is as"
                + " it was)\n1 error\n");
    assertThat(snapshot(site)).isEqualTo(before);
    assertThat(site.resolve("static")).doesNotExist();
  }

  @Test
  void anImportIntoAFolderThatCannotBeMadeCreatesNothing() throws IOException {
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file\n");
    Path site = blocker.resolve("site");
    Run r = tinta("import", "hugo", fixture("hugo/edges").toString(), "--site", site.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            site
                + ": error: cannot write: "
                + blocker
                + " is a file where a folder must be (hint: nothing was imported; the site is as"
                + " it was)\n1 error\n");
    assertThat(Files.readString(blocker)).isEqualTo("a file\n");
  }

  /** Every file below {@code dir} with its bytes; folders too, so a new empty one shows. */
  static Map<Path, String> snapshot(Path dir) throws IOException {
    Map<Path, String> out = new LinkedHashMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted().toList()) {
        out.put(
            dir.relativize(p),
            Files.isDirectory(p) ? "/" : HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return out;
  }
}
