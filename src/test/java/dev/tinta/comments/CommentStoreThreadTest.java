package dev.tinta.comments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentThread;
import dev.tinta.model.RecentComment;
import dev.tinta.model.RenderedComment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Threading, numbering, counts, hidden comments and "recent comments". */
class CommentStoreThreadTest {
  @TempDir Path site;

  /** The thread as indented lines: number, id, depth, author, link. */
  static String outline(CommentThread thread) {
    StringBuilder out = new StringBuilder("count " + thread.count() + "\n");
    outline(thread.comments(), out);
    return out.toString();
  }

  private static void outline(List<RenderedComment> comments, StringBuilder out) {
    for (RenderedComment c : comments) {
      out.append("  ".repeat(c.depth()))
          .append('#')
          .append(c.number())
          .append(' ')
          .append(c.id())
          .append(" d")
          .append(c.depth())
          .append(' ')
          .append(c.author());
      if (!c.authorUrl().isEmpty()) {
        out.append(" <").append(c.authorUrl()).append('>');
      }
      out.append('\n');
      outline(c.replies(), out);
    }
  }

  private static String e(String id, String date, String status, String parent) {
    return TestSite.entry(id, "R" + id, "", date, status, parent, "Body of " + id + ".");
  }

  @Test
  void repliesNestUnderTheirParentsOldestFirstAndOnlyApprovedShow() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        e("c1", "2010-09-01T10:00:00Z", "approved", "")
            + e("c2", "2010-09-01T09:00:00Z", "approved", "")
            + e("c3", "2010-09-01T11:00:00Z", "approved", "c1")
            + e("c4", "2010-09-01T10:30:00Z", "approved", "c1")
            + e("c5", "2010-09-01T10:40:00Z", "pending", "c1")
            + e("c6", "2010-09-01T10:50:00Z", "approved", "c5")
            + e("c7", "2010-09-01T10:55:00Z", "approved", "c6")
            + e("c8", "2010-09-01T08:00:00Z", "spam", "")
            + e("c9", "2010-09-01T08:30:00Z", "rejected", "")
            + e("c10", "2010-09-01T12:00:00Z", "approved", "c4")
            + e("c11", "2010-09-01T12:30:00Z", "approved", "c9"));

    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(outline(store.thread("post")))
        .isEqualTo(
            """
            count 5
            #1 c2 d0 Rc2
            #2 c1 d0 Rc1
              #3 c4 d1 Rc4
                #4 c10 d2 Rc10
              #5 c3 d1 Rc3
            """);
    assertThat(store.count("post")).isEqualTo(5);
  }

  @Test
  void equalDatesAreOrderedById() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        e("b", "2010-09-01T10:00:00+07:00", "approved", "")
            + e("a", "2010-09-01T03:00:00Z", "approved", "")
            + e("c", "2010-09-01T10:00:00+07:00", "approved", ""));

    assertThat(outline(CommentStore.load(site, CommentSettings.defaults()).thread("post")))
        .isEqualTo(
            """
            count 3
            #1 a d0 Ra
            #2 b d0 Rb
            #3 c d0 Rc
            """);
  }

  @Test
  void repliesDeeperThanMaxDepthAreShownAtTheDeepestLevel() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        e("c1", "2010-09-01T01:00:00Z", "approved", "")
            + e("c2", "2010-09-01T02:00:00Z", "approved", "c1")
            + e("c3", "2010-09-01T03:00:00Z", "approved", "c2")
            + e("c4", "2010-09-01T04:00:00Z", "approved", "c3")
            + e("c5", "2010-09-01T05:00:00Z", "approved", "c4")
            + e("c6", "2010-09-01T02:30:00Z", "approved", "c2")
            + e("c7", "2010-09-01T06:00:00Z", "approved", "c1"));

    CommentStore store = CommentStore.load(site, new CommentSettings(10_000, 100, 3));

    assertThat(outline(store.thread("post")))
        .isEqualTo(
            """
            count 7
            #1 c1 d0 Rc1
              #2 c2 d1 Rc2
                #3 c6 d2 Rc6
                #4 c3 d2 Rc3
                #5 c4 d2 Rc4
                #6 c5 d2 Rc5
              #7 c7 d1 Rc7
            """);
  }

  @Test
  void maxDepthOneGivesAFlatThread() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        e("c1", "2010-09-01T01:00:00Z", "approved", "")
            + e("c2", "2010-09-01T03:00:00Z", "approved", "c1")
            + e("c3", "2010-09-01T02:00:00Z", "approved", ""));

    assertThat(outline(CommentStore.load(site, new CommentSettings(10_000, 100, 1)).thread("post")))
        .isEqualTo(
            """
            count 3
            #1 c1 d0 Rc1
            #2 c3 d0 Rc3
            #3 c2 d0 Rc2
            """);
  }

  @Test
  void aPostWithoutCommentsHasAnEmptyThread() {
    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.thread("none")).isEqualTo(CommentThread.empty("none"));
    assertThat(store.count("none")).isZero();
  }

  @Test
  void aPostWithOnlyUnpublishedCommentsShowsNothing() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        e("c1", "2010-09-01T01:00:00Z", "pending", "")
            + e("c2", "2010-09-01T02:00:00Z", "spam", "")
            + e("c3", "2010-09-01T03:00:00Z", "rejected", ""));

    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.thread("post")).isEqualTo(CommentThread.empty("post"));
    assertThat(store.recent(10)).isEmpty();
    assertThat(store.all()).hasSize(3);
  }

  @Test
  void authorLinksAreKeptOnlyForHttpAndHttps() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry(
                "c1",
                "Web",
                "https://example.org/a?b=c#d",
                "2010-09-01T01:00:00Z",
                "approved",
                "",
                "x")
            + TestSite.entry(
                "c2", "Plain", "http://example.org", "2010-09-01T02:00:00Z", "approved", "", "x")
            + TestSite.entry(
                "c3", "Script", "javascript:alert(1)", "2010-09-01T03:00:00Z", "approved", "", "x")
            + TestSite.entry(
                "c4", "Relative", "//example.org", "2010-09-01T04:00:00Z", "approved", "", "x")
            + TestSite.entry(
                "c5", "Ftp", "ftp://example.org", "2010-09-01T05:00:00Z", "approved", "", "x")
            + TestSite.entry(
                "c6", "Hostless", "https:///path", "2010-09-01T06:00:00Z", "approved", "", "x")
            + TestSite.entry(
                "c7",
                "Quote",
                "https://example.org/\"onmouseover=x",
                "2010-09-01T07:00:00Z",
                "approved",
                "",
                "x")
            + TestSite.entry(
                "c8",
                " Spaced\u0000 ",
                "  HTTPS://Example.org  ",
                "2010-09-01T08:00:00Z",
                "approved",
                "",
                "x"));

    assertThat(outline(CommentStore.load(site, CommentSettings.defaults()).thread("post")))
        .isEqualTo(
            """
            count 8
            #1 c1 d0 Web <https://example.org/a?b=c#d>
            #2 c2 d0 Plain <http://example.org>
            #3 c3 d0 Script
            #4 c4 d0 Relative
            #5 c5 d0 Ftp
            #6 c6 d0 Hostless
            #7 c7 d0 Quote
            #8 c8 d0 Spaced <HTTPS://Example.org>
            """);
  }

  @Test
  void bodiesAreRenderedAndSanitized() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry(
            "c1",
            "A",
            "",
            "2010-09-01T01:00:00Z",
            "approved",
            "",
            "Nice **post**! See [docs](https://example.org) <b>bold</b>\n"));

    RenderedComment c =
        CommentStore.load(site, CommentSettings.defaults()).thread("post").comments().get(0);

    assertThat(c.bodyHtml())
        .isEqualTo(
            "<p>Nice <strong>post</strong>! See <a href=\"https://example.org\""
                + " rel=\"nofollow ugc noopener\">docs</a> &lt;b&gt;bold&lt;/b&gt;</p>\n");
  }

  @Test
  void recentListsTheNewestPublishedCommentsAcrossPosts() {
    TestSite.write(
        site,
        "content/comments/beta.yaml",
        e("c1", "2010-09-03T00:00:00Z", "approved", "")
            + e("c2", "2010-09-05T00:00:00Z", "approved", "")
            + e("c3", "2010-09-06T00:00:00Z", "pending", "")
            + e("c4", "2010-09-07T00:00:00Z", "approved", "c3"));
    TestSite.write(
        site,
        "content/comments/alpha.yaml",
        e("c2", "2010-09-05T00:00:00Z", "approved", "")
            + e("c1", "2010-09-05T00:00:00Z", "approved", "")
            + e("c9", "2010-09-01T00:00:00Z", "approved", ""));

    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.recent(4))
        .map(
            r ->
                r.postSlug()
                    + "/"
                    + r.id()
                    + " "
                    + r.author()
                    + " "
                    + r.date()
                    + " "
                    + r.excerptText())
        .containsExactly(
            "alpha/c1 Rc1 2010-09-05T00:00Z Body of c1.",
            "alpha/c2 Rc2 2010-09-05T00:00Z Body of c2.",
            "beta/c2 Rc2 2010-09-05T00:00Z Body of c2.",
            "beta/c1 Rc1 2010-09-03T00:00Z Body of c1.");
    assertThat(store.recent(100)).hasSize(5);
    assertThat(store.recent(0)).isEmpty();
  }

  @Test
  void recentExcerptsArePlainTextOfTheSanitizedBodyCutNearAHundredCharacters() {
    String body =
        "**Bold** <script>x</script> and [a link](javascript:alert(1)). " + "word ".repeat(40);
    TestSite.write(
        site,
        "content/comments/post.yaml",
        TestSite.entry("c1", "A", "", "2010-09-01T01:00:00Z", "approved", "", body));

    RecentComment recent = CommentStore.load(site, CommentSettings.defaults()).recent(1).get(0);

    assertThat(recent.excerptText())
        .isEqualTo(
            "Bold <script>x</script> and a link. word word word word word word word word word word"
                + " word word…");
    assertThat(recent.excerptText().codePointCount(0, recent.excerptText().length()))
        .isLessThanOrEqualTo(CommentStore.EXCERPT_LENGTH);
  }

  @Test
  void loadingTwiceGivesEqualThreads() {
    TestSite.write(
        site,
        "content/comments/post.yaml",
        e("c1", "2010-09-01T01:00:00Z", "approved", "")
            + e("c2", "2010-09-01T02:00:00Z", "approved", "c1"));

    assertThat(CommentStore.load(site, CommentSettings.defaults()).thread("post"))
        .isEqualTo(CommentStore.load(site, CommentSettings.defaults()).thread("post"));
  }

  @Test
  @Timeout(60)
  void concurrentThreadCallsGiveTheSameResultsAsSequentialOnes() throws Exception {
    int posts = 200;
    for (int p = 0; p < posts; p++) {
      StringBuilder file = new StringBuilder();
      for (int i = 1; i <= 6; i++) {
        file.append(
            e(
                "c" + i,
                "2010-09-01T0" + i + ":00:00Z",
                i == 3 ? "pending" : "approved",
                i > 2 ? "c" + (i - 2) : ""));
      }
      TestSite.write(site, "content/comments/p" + p + ".yaml", file.toString());
    }
    CommentStore sequential = CommentStore.load(site, CommentSettings.defaults());
    List<CommentThread> expected =
        IntStream.range(0, posts).mapToObj(p -> sequential.thread("p" + p)).toList();

    CommentStore shared = CommentStore.load(site, CommentSettings.defaults());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<CommentThread>> futures = new ArrayList<>();
      for (int round = 0; round < 3; round++) {
        for (int p = 0; p < posts; p++) {
          String slug = "p" + p;
          futures.add(pool.submit(() -> shared.thread(slug)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % posts));
      }
    } finally {
      pool.shutdownNow();
    }
    // c1, c2, c4 and c6; c3 is pending and hides its reply c5
    assertThat(expected.get(0).count()).isEqualTo(4);
  }

  @Test
  @Timeout(60)
  void aLongReplyChainIsHandledWithoutDeepRecursion() {
    StringBuilder file = new StringBuilder(e("c0", "2010-09-01T00:00:00Z", "approved", ""));
    for (int i = 1; i < 20_000; i++) {
      file.append(e("c" + i, "2010-09-01T00:00:00Z", "approved", "c" + (i - 1)));
    }
    TestSite.write(site, "content/comments/post.yaml", file.toString());

    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.count("post")).isEqualTo(20_000);
    assertThat(store.thread("post").count()).isEqualTo(20_000);
  }

  @Test
  @Timeout(120)
  void loadsManyPostsQuickly() {
    for (int p = 0; p < 2_000; p++) {
      TestSite.write(
          site,
          "content/comments/post-" + p + ".yaml",
          e("c1", "2010-09-01T01:00:00Z", "approved", "")
              + e("c2", "2010-09-01T02:00:00Z", "approved", "c1")
              + e("c3", "2010-09-01T03:00:00Z", "pending", ""));
    }

    CommentStore store = CommentStore.load(site, CommentSettings.defaults());

    assertThat(store.all()).hasSize(6_000);
    assertThat(store.recent(3))
        .map(r -> r.postSlug() + "/" + r.id())
        .containsExactly("post-0/c2", "post-1/c2", "post-10/c2");
  }
}
