package dev.tinta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tinta.model.Content;
import dev.tinta.model.Page;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.model.SourceRef;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import dev.tinta.text.DateTimes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  static final Set<String> LAYOUTS = Set.of("post", "page", "index", "gallery");
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @TempDir Path site;
  final SiteConfig config =
      SiteConfig.builder()
          .title("Blog")
          .language("id")
          .timeZone(JAKARTA)
          .author(new dev.tinta.model.Author("Marissa", ""))
          .build();

  void write(String path, String text) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  List<String> problems() {
    try {
      ContentLoader.load(site, config, LAYOUTS);
    } catch (SiteException e) {
      return e.problems().stream().map(Problem::format).toList();
    }
    throw new AssertionError("no problems");
  }

  @Test
  void readsEveryFieldOfAPost() throws IOException {
    write(
        "content/posts/another-insight.md",
        """
        ---
        title: Another Insight About Networking
        date: 2010-08-31T09:12:00+07:00
        updated: 2010-09-01
        author: Dita
        lang: en-GB
        tags: [networking, ' sekretaris ', networking, pengembangan diri]
        summary: Give first.
        source:
          title: isi-semarang.com
          url: http://www.isi-semarang.com/
        comments: closed
        layout: gallery
        cover: hero.jpg
        rating: 5
        ---

        Body *text*.
        """);
    Content content = ContentLoader.load(site, config, LAYOUTS);

    assertThat(content.pages()).isEmpty();
    assertThat(content.posts())
        .containsExactly(
            new Post(
                "content/posts/another-insight.md",
                "",
                "another-insight",
                "Another Insight About Networking",
                ZonedDateTime.of(2010, 8, 31, 9, 12, 0, 0, JAKARTA),
                ZonedDateTime.of(2010, 9, 1, 0, 0, 0, 0, JAKARTA),
                "Dita",
                List.of("networking", "sekretaris", "pengembangan diri"),
                "en-GB",
                false,
                "Give first.",
                new SourceRef("isi-semarang.com", "http://www.isi-semarang.com/"),
                false,
                "gallery",
                List.of(),
                Map.of("cover", "hero.jpg", "rating", 5L),
                "\nBody *text*.\n",
                17));
  }

  @Test
  void defaultsComeFromTheSite() throws IOException {
    write("content/posts/Hello World.md", "---\ntitle: Hello\ndate: 2010-08-31\n---\nHi\n");
    Post post = ContentLoader.load(site, config, LAYOUTS).posts().get(0);
    assertThat(post)
        .isEqualTo(
            new Post(
                "content/posts/Hello World.md",
                "",
                "hello-world",
                "Hello",
                ZonedDateTime.of(2010, 8, 31, 0, 0, 0, 0, JAKARTA),
                ZonedDateTime.of(2010, 8, 31, 0, 0, 0, 0, JAKARTA),
                "Marissa",
                List.of(),
                "id",
                false,
                "",
                SourceRef.none(),
                true,
                "post",
                List.of(),
                Map.of(),
                "Hi\n",
                5));
  }

  @Test
  void postsNewestFirstTiesBySlugBundlesAndPagesBySlug() throws IOException {
    write("content/posts/b.md", "---\ntitle: B\ndate: 2010-08-31\n---\n");
    write("content/posts/a.md", "---\ntitle: A\ndate: 2010-08-31\n---\n");
    write("content/posts/new.md", "---\ntitle: New\ndate: 2011-01-01\n---\n");
    write("content/posts/agenda/index.md", "---\ntitle: Agenda\ndate: 2010-10-12\n---\n");
    write("content/posts/agenda/alur.svg", "<svg/>");
    write("content/posts/_draft.md", "not read");
    write("content/posts/.hidden.md", "not read");
    write("content/posts/notes.txt", "not read");
    write("content/posts/empty-folder/readme.txt", "not a bundle");
    write("content/pages/tentang.md", "---\ntitle: Tentang\n---\nSaya.\n");
    write("content/pages/about.md", "---\ntitle: About\nlang: en\nslug: about-me\n---\n");

    Content content = ContentLoader.load(site, config, LAYOUTS);

    assertThat(content.posts()).extracting(Post::slug).containsExactly("new", "agenda", "a", "b");
    assertThat(content.posts().get(1).bundleDir()).isEqualTo("content/posts/agenda");
    assertThat(content.posts().get(1).file()).isEqualTo("content/posts/agenda/index.md");
    assertThat(content.pages())
        .containsExactly(
            new Page(
                "content/pages/about.md",
                "about-me",
                "About",
                "en",
                false,
                "page",
                List.of(),
                Map.of(),
                "",
                6),
            new Page(
                "content/pages/tentang.md",
                "tentang",
                "Tentang",
                "id",
                false,
                "page",
                List.of(),
                Map.of(),
                "Saya.\n",
                4));
  }

  @Test
  void siteWithoutContentIsEmpty() {
    assertThat(ContentLoader.load(site, config, LAYOUTS))
        .isEqualTo(new Content(List.of(), List.of()));
  }

  @Test
  void everyFileIsCheckedAndEveryMistakeReported() throws IOException {
    write("content/posts/a.md", "---\ntitle: A\ndate: 2010-02-30\nupdated: later\n---\n");
    write("content/posts/b.md", "---\ntitle: ''\ndate: 2010-08-31\ntags: [ok, '!!!']\n---\n");
    write("content/posts/c.md", "---\ntitle: C\ndate: 2010-08-31\nlayout: nope\nslug: C D\n---\n");
    write("content/posts/d.md", "---\ntitle: D\ndate: [2010]\nlang: \"en_US!\"\n---\n");
    write("content/pages/e.md", "---\ntitle: E\nlayout: gallery\ndraft: yes\n---\n");
    write("content/pages/f.md", "---\n# only a comment\n---\nNo title.\n");

    assertThat(problems())
        .containsExactly(
            "content/pages/e.md:4:8: error: 'draft' must be true or false (hint: draft: true)",
            "content/pages/f.md:2:1: error: missing required field 'title' (hint: title: About)",
            "content/posts/a.md:3:7: error: 'date' is not a date"
                + " (hint: use "
                + DateTimes.FORMS
                + ")",
            "content/posts/a.md:4:10: error: 'updated' is not a date"
                + " (hint: use "
                + DateTimes.FORMS
                + ")",
            "content/posts/b.md:2:8: error: 'title' must not be empty (hint: title: My first post)",
            "content/posts/b.md:4:7: error: tag '!!!' has no letter or digit (hint: tags: [networking])",
            "content/posts/c.md:4:9: error: unknown layout 'nope' (hint: one of gallery, index, page,"
                + " post, or add templates/layouts/nope.ftlh)",
            "content/posts/d.md:3:7: error: 'date' must be text, not a list",
            "content/posts/d.md:4:7: error: 'en_US!' is not a BCP 47 language tag (hint: lang: id)");
  }

  @Test
  void theSameTextGivesTheSameSlugFromAFileNameOrFromSlug() throws IOException {
    // issue #11: slug: HFDP-Notes1 was refused, the file name HFDP-Notes1.md lower-cased
    write("content/posts/HFDP-Notes1.md", "---\ntitle: A\ndate: 2010-08-01\n---\n");
    write("content/posts/b.md", "---\ntitle: B\ndate: 2010-08-02\nslug: HFDP-Notes2\n---\n");
    write("content/posts/Hello World.md", "---\ntitle: C\ndate: 2010-08-03\n---\n");
    write("content/posts/d.md", "---\ntitle: D\ndate: 2010-08-04\nslug: Hello Moon\n---\n");
    write("content/posts/Café_Über/index.md", "---\ntitle: E\ndate: 2010-08-05\n---\n");
    write("content/posts/f.md", "---\ntitle: F\ndate: 2010-08-06\nslug: Café_Über 2\n---\n");
    write("content/posts/g.md", "---\ntitle: G\ndate: 2010-08-07\nslug: Old_Name-2009\n---\n");

    assertThat(ContentLoader.load(site, config, LAYOUTS).posts())
        .extracting(Post::slug)
        .containsExactly(
            "Old_Name-2009",
            "cafe-uber-2",
            "cafe-uber",
            "hello-moon",
            "hello-world",
            "HFDP-Notes2",
            "HFDP-Notes1");
  }

  @Test
  void publishedFalseIsADraft() throws IOException {
    // issue #11: Jekyll's way to hide a post was ignored, and the post went public
    write("content/posts/a.md", "---\ntitle: A\ndate: 2010-08-31\npublished: false\n---\n");
    write("content/posts/b.md", "---\ntitle: B\ndate: 2010-08-31\npublished: true\n---\n");
    write("content/pages/c.md", "---\ntitle: C\npublished: false\n---\n");

    Content content = ContentLoader.load(site, config, LAYOUTS);

    assertThat(content.posts())
        .extracting(Post::slug, Post::draft)
        .containsExactly(tuple("a", true), tuple("b", false));
    assertThat(content.posts()).allMatch(p -> p.extra().isEmpty());
    assertThat(content.pages()).extracting(Page::draft).containsExactly(true);
    assertThat(content.warnings()).isEmpty();
  }

  @Test
  void keysOtherGeneratorsGiveAMeaningToAreWarnings() throws IOException {
    write(
        "content/posts/a.md",
        """
        ---
        title: A
        date: 2010-08-31
        categories: [java, books]
        description: About A.
        permalink: /a.html
        expirydate: 2030-01-01
        publishDate: 2010-09-01
        aliases: [/old-a.html]
        redirect_from: /older-a.html
        my_key: mine
        ---
        """);
    write("content/pages/b.md", "---\ntitle: B\ndescription: About B.\n---\n");

    Content content = ContentLoader.load(site, config, LAYOUTS);

    assertThat(content.warnings())
        .map(Problem::format)
        .containsExactly(
            "content/pages/b.md:3:1: warning: 'description' means nothing to tinta; templates can"
                + " read it as page.extra.description (hint: a post's summary: is its meta"
                + " description, else its first paragraph)",
            "content/posts/a.md:4:1: warning: 'categories' means nothing to tinta; templates can"
                + " read it as post.extra.categories (hint: tinta groups posts by tags: [a, b])",
            "content/posts/a.md:5:1: warning: 'description' means nothing to tinta; templates can"
                + " read it as post.extra.description (hint: a post's summary: is its meta"
                + " description, else its first paragraph)",
            "content/posts/a.md:6:1: warning: 'permalink' means nothing to tinta; templates can"
                + " read it as post.extra.permalink (hint: URLs come from slug: and site.yaml's"
                + " permalink; old ones go in aliases:)",
            "content/posts/a.md:7:1: warning: 'expirydate' means nothing to tinta; templates can"
                + " read it as post.extra.expirydate (hint: tinta does not take posts down by"
                + " date; draft: true hides one)",
            "content/posts/a.md:8:1: warning: 'publishDate' means nothing to tinta; templates can"
                + " read it as post.extra.publishDate (hint: date: is the publish date; later"
                + " dates are built only with --future)");
    Post a = content.posts().get(0);
    assertThat(a.extra().keySet())
        .containsExactly(
            "categories", "description", "permalink", "expirydate", "publishDate", "my_key");
    assertThat(a.aliases()).containsExactly("/old-a.html", "/older-a.html");
  }

  @Test
  void warningsComeWithTheErrorsOfAFailedLoad() throws IOException {
    write("content/posts/a.md", "---\ntitle: A\ndate: 2010-08-31\ncategories: [x]\n---\n");
    write("content/posts/b.md", "---\ntitle: B\ndate: someday\n---\n");

    assertThat(problems())
        .containsExactly(
            "content/posts/a.md:4:1: warning: 'categories' means nothing to tinta; templates can"
                + " read it as post.extra.categories (hint: tinta groups posts by tags: [a, b])",
            "content/posts/b.md:3:7: error: 'date' is not a date (hint: use "
                + DateTimes.FORMS
                + ")");
  }

  @Test
  void markdownFilesAreReadLikeMd() throws IOException {
    // issue #11: 174 of 303 posts of a Jekyll blog were .markdown and vanished
    write("content/posts/jekyll-post.markdown", "---\ntitle: J\ndate: 2010-08-31\n---\nHi.\n");
    write("content/posts/md-post.md", "---\ntitle: M\ndate: 2010-08-30\n---\n");
    write("content/pages/about.markdown", "---\ntitle: About\n---\n");

    Content content = ContentLoader.load(site, config, LAYOUTS);

    assertThat(content.posts())
        .extracting(Post::file, Post::slug, Post::markdown)
        .containsExactly(
            tuple("content/posts/jekyll-post.markdown", "jekyll-post", "Hi.\n"),
            tuple("content/posts/md-post.md", "md-post", ""));
    assertThat(content.pages()).extracting(Page::slug).containsExactly("about");
    assertThat(content.warnings()).isEmpty();
    assertThat(content.unusedFiles()).isZero();
  }

  @Test
  void everyFileUnderContentThatIsNotUsedIsAWarning() throws IOException {
    write("content/posts/a.md", "---\ntitle: A\ndate: 2010-08-31\n---\n");
    write("content/posts/bundle/index.md", "---\ntitle: B\ndate: 2010-08-30\n---\n");
    write("content/posts/bundle/photo.jpg", "used: published beside the post");
    write("content/posts/bundle/img/deep.png", "used too");
    write("content/posts/bundle/notes.md", "used: copied as it is");
    write("content/posts/2019/hello.md", "---\ntitle: In a dated folder\ndate: 2019-01-01\n---\n");
    write("content/posts/2019/hello.png", "x");
    write("content/posts/old/index.markdown", "---\ntitle: O\ndate: 2019-01-01\n---\n");
    write("content/posts/_draft.md", "---\ntitle: D\ndate: 2019-01-01\n---\n");
    write("content/posts/_drafts/index.md", "---\ntitle: D\ndate: 2019-01-01\n---\n");
    write("content/posts/notes.txt", "x");
    write("content/posts/.DS_Store", "hidden: no word");
    write("content/posts/.git/config", "hidden: no word");
    write("content/pages/about.md", "---\ntitle: About\n---\n");
    write("content/pages/team/index.md", "---\ntitle: Team\n---\n");
    write("content/comments/a.yaml", "# the comments stage reads it\n");
    write("content/comments/readme.txt", "x");
    write("content/images/logo.png", "x");
    write("content/README", "x");

    Content content = ContentLoader.load(site, config, LAYOUTS);

    assertThat(content.posts()).extracting(Post::slug).containsExactly("a", "bundle");
    String post =
        " (hint: a post is content/posts/<name>.md (or .markdown), or"
            + " content/posts/<name>/index.md with its images beside it)";
    String elsewhere =
        " (hint: tinta reads content/posts/, content/pages/ and content/comments/; put files to"
            + " publish as they are in static/)";
    String unused = ": warning: not used: tinta reads nothing from this file";
    assertThat(content.warnings())
        .map(Problem::format)
        .containsExactly(
            "content/README" + unused + elsewhere,
            "content/comments/readme.txt"
                + unused
                + " (hint: comments are content/comments/<post-slug>.yaml)",
            "content/images/logo.png" + unused + elsewhere,
            "content/pages/team/index.md"
                + unused
                + " (hint: a page is content/pages/<name>.md (or .markdown))",
            "content/posts/2019/hello.md" + unused + post,
            "content/posts/2019/hello.png" + unused + post,
            "content/posts/_draft.md"
                + unused
                + " (hint: names starting with _ are skipped; rename it to use it)",
            "content/posts/_drafts/index.md"
                + unused
                + " (hint: names starting with _ are skipped; rename it to use it)",
            "content/posts/notes.txt" + unused + post,
            "content/posts/old/index.markdown" + unused + post);
    assertThat(content.unusedFiles()).isEqualTo(10);
  }

  @Test
  void aSlugWithoutLettersIsAnError() throws IOException {
    write("content/posts/a.md", "---\ntitle: A\ndate: 2010-08-31\nslug: '--'\n---\n");
    assertThat(problems())
        .containsExactly(
            "content/posts/a.md:4:7: error: '--' gives no slug: it has no letter or digit"
                + " (hint: slug: my-post)");
  }

  @Test
  void fileNameWithoutLettersNeedsASlug() throws IOException {
    write("content/posts/!!!.md", "---\ntitle: Bang\ndate: 2010-08-31\n---\n");
    assertThat(problems())
        .containsExactly(
            "content/posts/!!!.md:2:1: error: the file name gives no slug (hint: add slug: my-post)");
  }

  @Test
  void notUtf8IsReportedWithItsPosition() throws IOException {
    Path file = site.resolve("content/posts/x.md");
    Files.createDirectories(file.getParent());
    Files.write(
        file,
        new byte[] {'-', '-', '-', '\n', 't', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xC3, '\n'});
    assertThatThrownBy(() -> ContentLoader.load(site, config, LAYOUTS))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::format)
                    .containsExactly(
                        "content/posts/x.md:2:8: error: not valid UTF-8 text (hint: save the file as UTF-8)"));
  }
}
