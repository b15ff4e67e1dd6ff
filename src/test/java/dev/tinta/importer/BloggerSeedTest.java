package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example blog's seed post, exported from Blogger (a classic backup made for it, with its two
 * comments and one threaded reply: {@code blogger/seed-another-insight.xml}), imports into a new
 * site that builds into the same post page as the hand-written example.
 *
 * <p>"The same page" here means: the same title, date header, author line, article text, labels,
 * and the same comment thread: the same comments in the same order and nesting, with the same
 * authors, dates and texts. What differs on purpose: the hand-written post gives its "Di kutip
 * dari" line as {@code source:} front matter (shown under the body), the export has it as the last
 * paragraph of the body (that is where Blogger keeps it), so the article text is compared as body
 * plus source line; comment ids are Blogger's numbers; the hand-written comments file also holds a
 * pending and a spam comment, which are never shown; the hand-written summary (meta description)
 * has no Blogger counterpart.
 */
class BloggerSeedTest {
  static final String POST = "/2010/08/another-insight-about-networking/";

  @TempDir Path tmp;

  @Test
  void theSeedPostImportsIntoTheSamePage() throws IOException {
    Path site = tmp.resolve("site");
    Sites.Run imported =
        Sites.tinta(
            "import",
            "blogger",
            Sites.fixture("blogger/seed-another-insight.xml").toString(),
            "--site",
            site.toString());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out())
        .contains("Imported: 1 posts (0 drafts), 0 pages, comments: 3 approved, 1 redirects");

    Path importedOut = tmp.resolve("imported-out");
    Path exampleOut = tmp.resolve("example-out");
    assertThat(
            Sites.tinta("build", "--site", site.toString(), "--output", importedOut.toString())
                .code())
        .isZero();
    assertThat(Sites.tinta("build", "--site", ".", "--output", exampleOut.toString()).code())
        .isZero();

    Document mine = Sites.page(importedOut, POST);
    Document hand = Sites.page(exampleOut, POST);
    assertThat(text(mine, "h1.post-title")).isEqualTo(text(hand, "h1.post-title"));
    assertThat(text(mine, ".date-header"))
        .isEqualTo("Selasa, 31 Agustus 2010")
        .isEqualTo(text(hand, ".date-header"));
    assertThat(text(mine, ".post-meta")).isEqualTo(text(hand, ".post-meta"));
    assertThat(text(mine, ".post-body"))
        .isEqualTo(text(hand, ".post-body") + " " + text(hand, "p.source"));
    assertThat(mine.select("a.tag").eachText()).isEqualTo(hand.select("a.tag").eachText());
    assertThat(thread(mine)).isEqualTo(thread(hand)).hasSize(3);
    assertThat(text(mine, "#comments-title")).isEqualTo(text(hand, "#comments-title"));

    // the old Blogger URL sends readers on
    Document redirect = Sites.page(importedOut, "/2010/08/another-insight-about-networking.html");
    assertThat(redirect.select("meta[http-equiv=refresh]").attr("content"))
        .isEqualTo("0; url=" + POST);
    assertThat(Files.readString(importedOut.resolve("_redirects")))
        .isEqualTo("/2010/08/another-insight-about-networking.html " + POST + " 301\n");
    assertThat(
            Sites.tinta("check", "--site", site.toString(), "--output", importedOut.toString())
                .code())
        .isZero();
  }

  private static String text(Document d, String css) {
    return d.select(css).text();
  }

  /** Each shown comment as depth, author, date and text, in page order. */
  private static List<String> thread(Document d) {
    List<String> out = new ArrayList<>();
    for (Element li : d.select("li.comment")) {
      out.add(
          li.className().replaceAll(".*depth-(\\d+).*", "$1")
              + " | "
              + li.selectFirst(".comment-author").text()
              + " | "
              + li.selectFirst(".comment-date time").attr("datetime")
              + " | "
              + li.selectFirst(".comment-body").text()
              + " | parent: "
              + parentAuthor(li));
    }
    return out;
  }

  private static String parentAuthor(Element li) {
    Element parent = li.parent() == null ? null : li.parent().closest("li.comment");
    return parent == null ? "-" : parent.selectFirst(".comment-body").text();
  }
}
