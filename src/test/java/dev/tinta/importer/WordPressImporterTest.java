package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.tinta.model.CommentStatus;
import dev.tinta.model.SiteConfig;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordPressImporterTest {
  @TempDir Path tmp;

  private ImportResult read(String fixture, boolean markdown) {
    return new WordPressImporter()
        .read(
            new ImportRequest(
                Sites.fixture(fixture),
                ZoneId.of("Europe/Berlin"),
                false,
                SiteConfig.defaults(),
                tmp,
                markdown));
  }

  @Test
  void everyStatusOfPostsAndPages() {
    ImportResult r = read("wordpress/synthetic-statuses.xml", false);
    assertThat(r.posts())
        .extracting(ImportedPost::slug, ImportedPost::draft, ImportedPost::aliases)
        .containsExactly(
            tuple("published-post", false, java.util.List.of("/2012/03/published-post/")),
            tuple("draft-post", true, java.util.List.of()),
            tuple("pending-post", true, java.util.List.of()),
            tuple("private-post", true, java.util.List.of()),
            tuple("future-post", false, java.util.List.of("/2030/01/future-post/")));
    assertThat(r.pages())
        .extracting(ImportedPage::slug, ImportedPage::draft)
        .containsExactly(tuple("about", false));
    assertThat(r.skipped())
        .containsEntry("trashed posts", 1)
        .containsEntry("trashed pages", 1)
        .containsEntry("pingbacks and trackbacks", 2);
    assertThat(r.warnings())
        .singleElement()
        .satisfies(w -> assertThat(w).endsWith(": private post imported as a draft"));
    ImportedPost first = r.posts().get(0);
    // the offset comes from post_date and post_date_gmt, across the change to summer time
    assertThat(first.date().toOffsetDateTime()).hasToString("2012-03-25T02:30+02:00");
    // no post_date_gmt for the draft: the zone decides
    assertThat(r.posts().get(1).date().toOffsetDateTime()).hasToString("2012-04-01T09:00+02:00");
    assertThat(first.author()).isEqualTo("Ana Example");
    assertThat(first.tags()).containsExactly("Notes", "WXR");
    assertThat(first.body())
        .isEqualTo(
            "<h2>Heading</h2>\n\n<p>First paragraph with <strong>bold</strong> and a <a"
                + " href=\"https://wordpress.org/\">link</a>.</p>\n\n<p>Second paragraph.</p>\n\n"
                + "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n");
    assertThat(r.settings().title()).isEqualTo("Edges & Statuses");
    assertThat(r.settings().language()).isEqualTo("de-DE");
  }

  @Test
  void commentsByApprovalWithTheirParents() {
    ImportResult r = read("wordpress/synthetic-statuses.xml", false);
    assertThat(r.comments())
        .extracting(
            ImportedComment::id,
            ImportedComment::parent,
            ImportedComment::status,
            ImportedComment::postId)
        .containsExactly(
            tuple("wp1", "", CommentStatus.APPROVED, "10"),
            tuple("wp2", "wp1", CommentStatus.APPROVED, "10"),
            tuple("wp3", "wp2", CommentStatus.PENDING, "10"),
            tuple("wp4", "", CommentStatus.SPAM, "10"),
            tuple("wp5", "", CommentStatus.REJECTED, "10"));
    assertThat(r.comments().get(0).body()).isEqualTo("First, *approved*.\n");
    assertThat(r.comments().get(0).date().toString()).isEqualTo("2012-03-26T10:00:01+02:00");
  }

  @Test
  void markdownConvertsTheBodiesWithFlexmark() {
    ImportResult r = read("wordpress/synthetic-statuses.xml", true);
    assertThat(r.posts().get(0).body())
        .isEqualTo(
            "## Heading\n\nFirst paragraph with **bold** and a [link](https://wordpress.org/).\n\n"
                + "Second paragraph.\n\n* one\n* two\n");
  }

  @Test
  void markdownConvertsBloggerBodiesToo() {
    ImportResult r =
        new BloggerImporter()
            .read(
                new ImportRequest(
                    Sites.fixture("blogger/takeout-edges.atom"),
                    ZoneId.of("America/New_York"),
                    true,
                    SiteConfig.defaults(),
                    tmp,
                    true));
    assertThat(r.posts().get(0).body())
        .isEqualTo("Зимой **снег**.\n\n<!--more-->\n\nВторой абзац.\n");
  }
}
