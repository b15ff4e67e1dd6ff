package dev.tinta.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tinta.model.Author;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.HeadingIds;
import dev.tinta.model.MenuItem;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  static List<String> problemsOf(String yaml) {
    try {
      ConfigLoader.parse(yaml);
    } catch (SiteException e) {
      return e.problems().stream().map(Problem::format).toList();
    }
    throw new AssertionError("no problem in:\n" + yaml);
  }

  @Test
  void readsEveryKey() {
    SiteConfig c =
        ConfigLoader.parse(
            """
        title: Catatan Marissa
        description: Sekretaris
        base_url: https://example.org/blog
        language: id
        time_zone: Asia/Jakarta
        author:
          name: Marissa
          about: |
            Saya *menulis*.
        permalink: /:year/:slug/
        page_size: 3
        tag_page_size: 7
        feed_size: 5
        comments:
          max_body_length: 500
          max_depth: 2
        params:
          twitter: marissa
          colors: [red, blue]
        """);
    assertThat(c)
        .isEqualTo(
            SiteConfig.builder()
                .title("Catatan Marissa")
                .description("Sekretaris")
                .baseUrl(URI.create("https://example.org/blog/"))
                .language("id")
                .timeZone(ZoneId.of("Asia/Jakarta"))
                .author(new Author("Marissa", "Saya *menulis*.\n"))
                .permalink("/:year/:slug/")
                .pageSize(3)
                .tagPageSize(7)
                .feedSize(5)
                .comments(new CommentSettings(500, 100, 2).withTimeZone(ZoneId.of("Asia/Jakarta")))
                .extra(Map.of("twitter", "marissa", "colors", List.of("red", "blue")))
                .build());
  }

  @Test
  void emptyFileAndMissingFileGiveDefaults(@TempDir Path site) throws IOException {
    assertThat(ConfigLoader.load(site)).isEqualTo(SiteConfig.defaults());
    Files.writeString(site.resolve("site.yaml"), "# nothing yet\n");
    assertThat(ConfigLoader.load(site)).isEqualTo(SiteConfig.defaults());
  }

  @Test
  void readsTheMenuAndTheStyleOfHeadingIds() {
    SiteConfig c =
        ConfigLoader.parse(
            """
            heading_ids: github
            menu:
              - {label: Tentang, page: tentang}
              - label: GitHub
                url: https://github.com/example
              - {label: Label, url: /tags/}
            """);
    assertThat(c.headingIds()).isEqualTo(HeadingIds.GITHUB);
    assertThat(c.menu())
        .containsExactly(
            new MenuItem("Tentang", "tentang", "/tentang/", false, 3, 5),
            new MenuItem("GitHub", "", "https://github.com/example", true, 4, 5),
            new MenuItem("Label", "", "/tags/", false, 6, 5));
    assertThat(ConfigLoader.parse("title: x").headingIds()).isEqualTo(HeadingIds.TINTA);
    assertThat(ConfigLoader.parse("title: x").menu()).isEmpty();
  }

  @Test
  void menuMistakesAreReportedAtTheirEntry() {
    assertThat(
            problemsOf(
                """
                heading_ids: gitlab
                menu:
                  - {label: A}
                  - {label: B, page: b, url: https://x.org/}
                  - {label: C, page: "Not A Slug"}
                  - {label: D, url: "javascript:alert(1)"}
                  - {page: e}
                  - {label: F, page: f, icon: x}
                """))
        .containsExactly(
            "site.yaml:1:14: error: 'gitlab' is not a style of heading ids (hint: heading_ids:"
                + " github (GitHub's ids) or tinta (tinta's first style))",
            "site.yaml:3:13: error: a menu entry needs either 'page' (a page's slug) or 'url', not"
                + " neither (hint: menu: [{label: About, page: about}, {label: Code, url:"
                + " https://...}])",
            "site.yaml:4:30: error: a menu entry needs either 'page' (a page's slug) or 'url', not"
                + " both (hint: menu: [{label: About, page: about}, {label: Code, url:"
                + " https://...}])",
            "site.yaml:5:22: error: 'Not A Slug' is not a page's slug (hint: page: not-a-slug)",
            "site.yaml:6:21: error: 'javascript:alert(1)' is neither an http(s) URL nor a path of"
                + " the site (hint: url: https://github.com/you or url: /tags/)",
            "site.yaml:7:5: error: missing required field 'label' (hint: menu: [{label: About,"
                + " page: about}, {label: Code, url: https://...}])",
            "site.yaml:8:31: error: unknown key 'icon' in a menu entry (hint: menu: [{label:"
                + " About, page: about}, {label: Code, url: https://...}])");
  }

  @Test
  void aMenuPageThatIsNotPublishedIsAnError() {
    SiteConfig c =
        ConfigLoader.parse("menu:\n  - {label: A, page: about}\n  - {label: B, page: b}\n");
    assertThat(MenuReader.missingPages(c.menu(), List.of("b", "tentang")))
        .extracting(Problem::format)
        .containsExactly(
            "site.yaml:2:5: error: the menu links to a page 'about' that does not exist"
                + " (hint: pages: b, tentang)");
  }

  @Test
  void commentsEndpointAndIntakeSettings() {
    var c =
        ConfigLoader.parse(
                """
                comments:
                  endpoint: https://comments.example.org
                  intake:
                    min_seconds: 5
                    max_age_hours: 48
                    per_minute: 3
                    per_day: 20
                    per_hour_total: 500
                    max_links: 4
                """)
            .comments();
    assertThat(c.endpoint()).isEqualTo("https://comments.example.org/");
    assertThat(c.intake()).isEqualTo(new dev.tinta.model.IntakeSettings(5, 48, 3, 20, 500, 4));
    assertThat(ConfigLoader.parse("title: x\n").comments().endpoint()).isEmpty();
    assertThat(ConfigLoader.parse("title: x\n").comments().intake())
        .isEqualTo(new dev.tinta.model.IntakeSettings(3, 24, 2, 10, 200, 2));
  }

  @Test
  void commentsMistakes() {
    assertThat(
            problemsOf(
                """
                comments:
                  endpoint: javascript:alert(1)
                  enpoint: https://x.example/
                  intake:
                    per_minute: 0
                    captcha: yes
                """))
        .containsExactly(
            "site.yaml:2:13: error: 'comments.endpoint' must be an absolute http or https URL"
                + " (hint: endpoint: https://comments.example.org/)",
            "site.yaml:3:3: error: unknown key 'comments.enpoint' (hint: known keys: endpoint,"
                + " intake, max_author_length, max_body_length, max_depth, notify)",
            "site.yaml:5:17: error: 'per_minute' must be a whole number from 1 to 1000000"
                + " (hint: per_minute: 1)",
            "site.yaml:6:5: error: unknown key 'comments.intake.captcha' (hint: known keys:"
                + " max_age_hours, max_links, min_seconds, per_day, per_hour_total, per_minute)");
  }

  @Test
  void everyMistakeIsReportedAtItsValue() {
    assertThat(
            problemsOf(
                """
        title: [a]
        base_url: ftp://example.org/
        language: "not a tag!"
        time_zone: Mars/Olympus
        permalink: /:year/
        page_size: 0
        feed_size: many
        comments:
          max_depth: 99
        theme: dark
        """))
        .containsExactly(
            "site.yaml:1:8: error: 'title' must be text, not a list",
            "site.yaml:2:11: error: 'base_url' must be an absolute http or https URL"
                + " (hint: base_url: https://blog.example.org/)",
            "site.yaml:3:11: error: 'not a tag!' is not a BCP 47 language tag (hint: language: id)",
            "site.yaml:4:12: error: 'Mars/Olympus' is not a time zone (hint: time_zone: Asia/Jakarta)",
            "site.yaml:5:12: error: 'permalink' must start and end with / and contain :slug"
                + " (hint: permalink: /:year/:month/:slug/)",
            "site.yaml:6:12: error: 'page_size' must be a whole number from 1 to 1000"
                + " (hint: page_size: 1)",
            "site.yaml:7:12: error: 'feed_size' must be a whole number from 1 to 1000"
                + " (hint: feed_size: 1)",
            "site.yaml:9:14: error: 'max_depth' must be a whole number from 1 to 50"
                + " (hint: max_depth: 1)",
            "site.yaml:10:1: error: unknown key 'theme' (hint: known keys: author, base_url,"
                + " comments, description, feed_size, heading_ids, language, max_file_size, menu, page_size, params,"
                + " permalink, search, tag_page_size, time_zone, title; put your own under 'params')");
  }

  @Test
  void maxFileSizeInBytesOrWithAUnit() {
    // #11: a content file above it is refused before it is read
    assertThat(ConfigLoader.parse("title: x\n").maxFileSize()).isEqualTo(10L * 1024 * 1024);
    assertThat(ConfigLoader.parse("max_file_size: 10MB\n").maxFileSize())
        .isEqualTo(10L * 1024 * 1024);
    assertThat(ConfigLoader.parse("max_file_size: 512 kb\n").maxFileSize()).isEqualTo(512L * 1024);
    assertThat(ConfigLoader.parse("max_file_size: 1GB\n").maxFileSize()).isEqualTo(1L << 30);
    assertThat(ConfigLoader.parse("max_file_size: 2000000\n").maxFileSize()).isEqualTo(2_000_000L);
    assertThat(problemsOf("title: x\nmax_file_size: ten MB\n"))
        .containsExactly(
            "site.yaml:2:16: error: 'ten MB' is not a file size from 1 byte to under 2 GB (hint:"
                + " max_file_size: 10MB (B, KB, MB or GB; a KB is 1,024 bytes))");
    assertThat(problemsOf("max_file_size: 2GB\n")).hasSize(1);
    assertThat(problemsOf("max_file_size: 0\n")).hasSize(1);
  }

  @Test
  void baseUrlWithoutHostIsRefused() {
    assertThat(problemsOf("base_url: https:///x\n"))
        .containsExactly(
            "site.yaml:1:11: error: 'base_url' must be an absolute http or https URL"
                + " (hint: base_url: https://blog.example.org/)");
    assertThat(problemsOf("base_url: /blog/\n")).hasSize(1);
    assertThat(problemsOf("base_url: 'https://exa mple.org/'\n")).hasSize(1);
  }

  @Test
  void syntaxErrorsAreNotShifted() {
    assertThat(problemsOf("title: x\nauthor:\n  name: a\n   about: b\n"))
        .containsExactly("site.yaml:4:9: error: invalid YAML: mapping values are not allowed here");
  }

  @Test
  void duplicateKeysAreMistakes() {
    assertThat(problemsOf("title: a\ntitle: b\n"))
        .containsExactly("site.yaml:2:1: error: duplicate key 'title'");
  }

  @Test
  void fileThatIsNotUtf8IsReported(@TempDir Path site) throws IOException {
    Files.write(
        site.resolve("site.yaml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9});
    assertThatThrownBy(() -> ConfigLoader.load(site))
        .isInstanceOfSatisfying(
            SiteException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::format)
                    .containsExactly("site.yaml: error: not valid UTF-8 text"));
  }
}
