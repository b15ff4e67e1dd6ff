package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gate 2: the Atom feed is valid RFC 4287 (RELAX NG with jing, plus the rules the grammar leaves
 * out), the RSS feed has RSS 2.0's required elements and RFC 822 dates, the JSON Feed follows JSON
 * Feed 1.1, and the sitemap is valid against the sitemaps.org 0.9 schema.
 */
class FeedValidityTest {
  @TempDir static Path tmp;
  static BuiltSite example;
  static BuiltSite generated;

  @BeforeAll
  static void build() {
    example = BuiltSite.example(tmp);
    generated = BuiltSite.generated(tmp);
  }

  static Stream<BuiltSite> sites() {
    return Stream.of(example, generated);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void atomFeedIsValid(BuiltSite site) {
    assertValid(site, "feed.xml", AtomChecks::check);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void rssFeedIsValid(BuiltSite site) {
    assertValid(site, "rss.xml", RssChecks::check);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void jsonFeedIsValid(BuiltSite site) {
    assertValid(site, "feed.json", JsonFeedChecks::check);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sites")
  void sitemapIsValid(BuiltSite site) {
    assertValid(site, "sitemap.xml", SitemapChecks::check);
  }

  @Test
  void brokenAtomDateFails() {
    assertThat(errors(AtomChecks.check(BuiltSite.broken(), "feed.xml")))
        .containsExactly(
            "feed.xml:13:36: error: character content of element \"updated\" invalid; must be an "
                + "ISO date and time [atom.rnc]",
            "feed.xml:13:10: error: <updated> \"2010-08-31 09:12\" is not an RFC 3339 date-time with "
                + "an upper-case T and a time zone, e.g. 2010-08-31T09:12:00+07:00");
  }

  @Test
  void brokenRssDateFails() {
    assertThat(errors(RssChecks.check(BuiltSite.broken(), "rss.xml")))
        .containsExactly(
            "rss.xml:12:10: error: <pubDate> \"Wed, 31 Aug 2010 09:12:00 +0700\": 2010-08-31 is a "
                + "Tue, not a Wed");
  }

  @Test
  void brokenJsonFeedFails() {
    assertThat(errors(JsonFeedChecks.check(BuiltSite.broken(), "feed.json")))
        .containsExactly(
            "feed.json:7:5: error: missing required \"id\"",
            "feed.json:11:25: error: \"date_published\" \"2010-08-31\" is not an RFC 3339 "
                + "date-time with an upper-case T and a time zone, e.g. 2010-08-31T09:12:00+07:00");
  }

  @Test
  void brokenSitemapFails() {
    assertThat(errors(SitemapChecks.check(BuiltSite.broken(), "sitemap.xml")))
        .containsExactly(
            "sitemap.xml:4:57: error: cvc-datatype-valid.1.2.3: 'yesterday' is not a valid value "
                + "of union type 'tLastmod'. [sitemap.xsd]",
            "sitemap.xml:4:57: error: cvc-type.3.1.3: The value 'yesterday' of element 'lastmod' "
                + "is not valid. [sitemap.xsd]",
            "sitemap.xml:4:11: error: <loc> \"/no-alt.html\" is not an absolute http(s) URL");
  }

  @Test
  void aFeedThatIsNotWellFormedStopsAtTheFirstError(@TempDir Path dir) throws Exception {
    java.nio.file.Files.writeString(
        dir.resolve("feed.xml"),
        "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>x</titel>\n</feed>\n");
    BuiltSite site =
        new BuiltSite("not well-formed", dir, java.net.URI.create("https://x.example/"));

    List<Finding> findings = AtomChecks.check(site, "feed.xml");

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).format()).startsWith("feed.xml:2:").contains("not well-formed");
  }

  private static List<String> errors(List<Finding> findings) {
    return Finding.errors(findings).stream().map(Finding::format).toList();
  }

  private static void assertValid(
      BuiltSite site, String file, BiFunction<BuiltSite, String, List<Finding>> check) {
    List<Finding> findings = check.apply(site, file);
    GateOutput.print("feeds", site, file, findings);
    assertThat(Finding.lines(Finding.errors(findings))).as("%s of the %s", file, site).isEmpty();
  }
}
