package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.CommentStatus;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BloggerImporterTest {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @TempDir Path tmp;

  private ImportResult read(Path file, ZoneId zone) {
    return new BloggerImporter()
        .read(new ImportRequest(file, zone, true, SiteConfig.defaults(), tmp, false));
  }

  @Test
  void takeoutPostsPagesDraftsAndThreadsThreeDeep() {
    ImportResult r = read(Sites.fixture("blogger/takeout-edges.atom"), NEW_YORK);

    assertThat(r.posts())
        .extracting(ImportedPost::slug)
        .containsExactly("tom-jerry", "summer-time", "unfinished");
    ImportedPost first = r.posts().get(0);
    // the title is escaped twice in the export; the daylight-saving offset of the zone applies
    assertThat(first.title()).isEqualTo("Tom & Jerry в Москве");
    assertThat(first.date()).isEqualTo(ZonedDateTime.of(2011, 3, 13, 3, 30, 0, 0, NEW_YORK));
    assertThat(first.date().getOffset().getId()).isEqualTo("-04:00");
    assertThat(first.tags()).containsExactly("Путешествия");
    assertThat(first.aliases()).containsExactly("/2011/03/tom-jerry.html");
    assertThat(first.body())
        .isEqualTo("<p>Зимой <b>снег</b>.</p>\n\n<!--more-->\n\n<p>Второй абзац.</p>\n");
    ImportedPost summer = r.posts().get(1);
    assertThat(summer.date().toLocalDate()).hasToString("2011-06-30");
    assertThat(summer.updated()).isAfter(summer.date());
    assertThat(summer.body())
        .isEqualTo("<div>Line one<br>\nLine two</div>\n\n<pre>code\n\nmore code</pre>\n");
    assertThat(r.posts().get(2).draft()).isTrue();
    assertThat(r.pages())
        .extracting(ImportedPage::slug, ImportedPage::aliases)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("tentang", List.of("/p/tentang.html")));
    assertThat(r.comments())
        .extracting(ImportedComment::id, ImportedComment::parent, ImportedComment::postId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("c9001", "", "101"),
            org.assertj.core.groups.Tuple.tuple("c9002", "c9001", "101"),
            org.assertj.core.groups.Tuple.tuple("c9003", "c9002", "101"),
            org.assertj.core.groups.Tuple.tuple("c9005", "", "102"));
    assertThat(r.comments()).allMatch(c -> c.status() == CommentStatus.APPROVED);
    assertThat(r.comments().get(0).url()).isEqualTo("https://rina.example.org/");
    assertThat(r.skipped()).containsEntry("removed comments", 1).containsEntry("deleted posts", 1);
    assertThat(r.settings().title()).isEqualTo("Catatan & Cerita");
    assertThat(r.settings().timeZone()).isEqualTo("America/New_York");
  }

  @Test
  void aCommentBodyIsMarkdownWhoseHtmlTheSiteWillEscape() {
    ImportResult r = read(Sites.fixture("blogger/takeout-edges.atom"), NEW_YORK);
    String body = r.comments().get(2).body();
    // no live markup survives as HTML: the comment renderer shows raw HTML as text
    assertThat(Jsoup.parseBodyFragment(body).select("a[href^=javascript]")).isEmpty();
    assertThat(r.comments().get(0).body()).isEqualTo("First *level*\n");
  }

  @Test
  void realTakeoutEntryKeepsItsFileNameAsAlias() {
    ImportResult r =
        read(Sites.fixture("blogger/net2o-takeout-excerpt.atom"), ZoneId.of("Asia/Shanghai"));
    assertThat(r.posts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.slug()).isEqualTo("nach-suzhou");
              assertThat(p.aliases()).containsExactly("/2011/10/nach-suzhou.html");
              assertThat(p.date())
                  .isEqualTo(
                      ZonedDateTime.of(2011, 5, 12, 3, 46, 0, 0, ZoneId.of("Asia/Shanghai")));
              assertThat(p.author()).isEqualTo("Bernd");
            });
  }

  @Test
  void classicExportWithAnUndeclaredAppPrefixIsAnErrorAtItsPlace() {
    // pelican's real test export uses app:control without declaring the app: namespace
    assertThatThrownBy(() -> read(Sites.fixture("blogger/pelican-bloggerexport.xml"), NEW_YORK))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems().get(0).format())
                    .startsWith(Sites.fixture("blogger/pelican-bloggerexport.xml") + ":973:")
                    .contains(
                        "error: not valid XML: the prefix 'app' of <app:control> is not declared")
                    .contains(
                        "(hint: declare it on the first element: xmlns:app='http://purl.org/atom/app#')"));
  }

  @Test
  void classicExportKindsDraftsPagesAndComments() throws IOException {
    Path fixed = declaredApp(tmp);
    ImportResult r = read(fixed, NEW_YORK);
    assertThat(r.posts())
        .extracting(ImportedPost::title, ImportedPost::draft)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Black as Egypt's Night", true),
            org.assertj.core.groups.Tuple.tuple("The Steel Windpipe", false));
    assertThat(r.posts().get(0).tags()).containsExactly("Interesting cases", "amputations");
    assertThat(r.posts().get(1).aliases()).containsExactly("/2010/11/the-steel-windpipe.html");
    assertThat(r.posts().get(1).date().toOffsetDateTime()).hasToString("2010-11-27T07:12-08:00");
    assertThat(r.pages())
        .extracting(ImportedPage::slug, ImportedPage::draft)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("test-page-2", true),
            org.assertj.core.groups.Tuple.tuple("test-page", false));
    assertThat(r.comments())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.postId()).isEqualTo("1858599377741856733");
              assertThat(c.author()).isEqualTo("Thomas Isidore Noël Sankara");
              assertThat(c.body())
                  .isEqualTo(
                      "Mishka, always a pleasure to read your adventures!\n\nIt's a shame you don't get more time for writing.\n");
            });
    assertThat(r.settings().language()).isEqualTo("nl");
    assertThat(r.settings().timeZone()).isEqualTo("America/New_York");
    assertThat(r.skipped()).containsEntry("template entries", 1);
  }

  /** pelican's export with the app: namespace declared, as the hint tells the user to do. */
  static Path declaredApp(Path dir) throws IOException {
    String text = Files.readString(Sites.fixture("blogger/pelican-bloggerexport.xml"));
    Path fixed = dir.resolve("blog-fixed.xml");
    Files.writeString(
        fixed, text.replaceFirst("<feed ", "<feed xmlns:app=\"http://purl.org/atom/app#\" "));
    return fixed;
  }

  @Test
  void malformedInputsAreErrorsWithLineAndColumn() throws IOException {
    Path empty = Files.writeString(tmp.resolve("empty.xml"), "");
    Path notXml = Files.writeString(tmp.resolve("a.xml"), "hello\n");
    Path wrong = Sites.fixture("wordpress/pelican-wordpressexport.xml");
    Path control =
        Files.writeString(
            tmp.resolve("c.xml"),
            "<feed xmlns='http://www.w3.org/2005/Atom'>\n<title>\u0001</title></feed>");
    assertThat(error(empty)).isEqualTo(empty + ":1:1: error: the file is empty");
    assertThat(error(notXml)).startsWith(notXml + ":1:1: error: not valid XML: ");
    assertThat(error(wrong))
        .startsWith(wrong + ":26:2:")
        .contains("error: not a Blogger export: <rss>");
    assertThat(error(control)).startsWith(control + ":2:8: error: not valid XML: ");
  }

  private String error(Path file) {
    try {
      read(file, NEW_YORK);
    } catch (SiteException e) {
      return e.problems().get(0).format();
    }
    throw new AssertionError("no error for " + file);
  }
}
