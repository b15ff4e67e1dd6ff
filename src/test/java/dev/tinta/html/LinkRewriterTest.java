package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LinkRewriterTest {
  static final URI BASE = URI.create("https://blog.example.org/");
  static final Map<String, String> URLS =
      Map.of(
          "content/posts/another.md", "/2010/08/another/",
          "content/posts/agenda/index.md", "/2010/10/agenda/",
          "content/posts/café.md", "/2011/01/cafe/",
          "content/pages/tentang.md", "/tentang/");
  static final LinkResolver RESOLVER = src -> Optional.ofNullable(URLS.get(src));

  final List<Problem> problems = new ArrayList<>();

  /** Rewrites the links of {@code html}, the body of {@code file} written as {@code markdown}. */
  String rewrite(String file, String markdown, String html) {
    var doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    LinkRewriter.apply(
        body.getAllElements(), new SourceContext(file, markdown, 5), RESOLVER, BASE, problems);
    return body.html();
  }

  String rewrite(String html) {
    return rewrite("content/posts/x.md", "", html);
  }

  @Test
  void linkToAPostBecomesItsUrl() {
    assertThat(rewrite("<a href=\"another.md\">a</a>"))
        .isEqualTo("<a href=\"/2010/08/another/\">a</a>");
    assertThat(problems).isEmpty();
  }

  @Test
  void fragmentIsKept() {
    assertThat(rewrite("<a href=\"another.md#the-template\">a</a>"))
        .isEqualTo("<a href=\"/2010/08/another/#the-template\">a</a>");
  }

  @Test
  void relativePathsResolveFromTheLinkingFile() {
    assertThat(
            rewrite(
                "content/posts/agenda/index.md",
                "",
                "<a href=\"../another.md\">a</a> <a href=\"../../pages/tentang.md\">b</a>"))
        .isEqualTo("<a href=\"/2010/08/another/\">a</a> <a href=\"/tentang/\">b</a>");
    assertThat(rewrite("<a href=\"agenda/index.md\">c</a>"))
        .isEqualTo("<a href=\"/2010/10/agenda/\">c</a>");
    assertThat(problems).isEmpty();
  }

  @Test
  void percentEncodedAndRawNonAsciiNamesBothResolve() {
    assertThat(rewrite("<a href=\"caf%C3%A9.md\">a</a> <a href=\"café.md\">b</a>"))
        .isEqualTo("<a href=\"/2011/01/cafe/\">a</a> <a href=\"/2011/01/cafe/\">b</a>");
    assertThat(problems).isEmpty();
  }

  @Test
  void missingTargetIsAProblemAtTheLinkInTheSource() {
    String markdown = "First line.\n\nSee [the other post](missing-post.md#x) too.\n";
    String html =
        rewrite(
            "content/posts/x.md",
            markdown,
            "<p>See <a href=\"missing-post.md#x\">the other post</a> too.</p>");

    // The body starts on line 5 of the file; the link is on its third line, column 22.
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "content/posts/x.md:7:22: error: link to a missing post or page 'missing-post.md'"
                + " (hint: no source at content/posts/missing-post.md)");
    assertThat(html).isEqualTo("<p>See <a href=\"missing-post.md#x\">the other post</a> too.</p>");
  }

  @Test
  void missingNonAsciiTargetIsReportedAsTheAuthorWroteIt() {
    String markdown = "Intro.\n[Мир](%D0%BC%D0%B8%D1%80-x.md) and [мир](мир.md)\n";
    rewrite(
        "content/posts/x.md",
        markdown,
        "<p>Intro.\n<a href=\"%D0%BC%D0%B8%D1%80-x.md\">Мир</a> and"
            + " <a href=\"%D0%BC%D0%B8%D1%80.md\">мир</a></p>");
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "content/posts/x.md:6:7: error: link to a missing post or page"
                + " '%D0%BC%D0%B8%D1%80-x.md' (hint: no source at content/posts/мир-x.md)",
            "content/posts/x.md:6:42: error: link to a missing post or page 'мир.md'"
                + " (hint: no source at content/posts/мир.md)");
  }

  @Test
  void siteBelowAPathGetsItsPathInRewrittenLinks() {
    var doc = Jsoup.parseBodyFragment("<a href=\"another.md#x\">a</a> <a href=\"/tags/\">t</a>");
    doc.outputSettings().prettyPrint(false);
    LinkRewriter.apply(
        doc.body().getAllElements(),
        new SourceContext("content/posts/x.md", "", 5),
        RESOLVER,
        URI.create("https://example.org/blog/"),
        problems);
    // Only links tinta rewrites; a path the author wrote is the author's.
    assertThat(doc.body().html())
        .isEqualTo("<a href=\"/blog/2010/08/another/#x\">a</a> <a href=\"/tags/\">t</a>");
  }

  @Test
  void linkLeavingTheSiteIsMissing() {
    rewrite(
        "content/posts/x.md", "[a](../../../secret.md)", "<a href=\"../../../secret.md\">a</a>");
    assertThat(problems)
        .extracting(Problem::format)
        .containsExactly(
            "content/posts/x.md:5:5: error: link to a missing post or page '../../../secret.md'"
                + " (hint: no source at ../secret.md)");
  }

  @Test
  void otherLinksAreLeftAlone() {
    String html =
        "<a href=\"/tags/\">a</a><a href=\"#top\">b</a><a href=\"image.png\">c</a>"
            + "<a href=\"mailto:m@example.org\">d</a><a href=\"notes.md.txt\">e</a>";
    assertThat(rewrite(html)).isEqualTo(html);
    assertThat(problems).isEmpty();
  }

  @Test
  void externalLinksGetNoopener() {
    assertThat(rewrite("<a href=\"https://example.com/x\">a</a>"))
        .isEqualTo("<a href=\"https://example.com/x\" rel=\"noopener\">a</a>");
  }

  @Test
  void noopenerIsMergedWithAnExistingRel() {
    assertThat(
            rewrite(
                "<a href=\"http://example.com/\" rel=\" nofollow  me \">a</a>"
                    + "<a href=\"http://example.com/\" rel=\"noopener nofollow\">b</a>"))
        .isEqualTo(
            "<a href=\"http://example.com/\" rel=\"nofollow  me noopener\">a</a>"
                + "<a href=\"http://example.com/\" rel=\"noopener nofollow\">b</a>");
  }

  @Test
  void linksToTheSiteItselfAreNotExternal() {
    String html = "<a href=\"https://BLOG.example.org/tentang/\">a</a>";
    assertThat(rewrite(html)).isEqualTo(html);
  }
}
