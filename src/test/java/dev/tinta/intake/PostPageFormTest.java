package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.SiteBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the build puts on a post page when the site has a comment server: a form hidden until the
 * script shows it, a link to the server's form page for readers without scripts, a Reply link per
 * comment; nothing of it on a post whose comments are closed.
 */
class PostPageFormTest {
  @TempDir Path tmp;

  @Test
  void theFormAndReplyLinks() throws Exception {
    IntakeSite site = IntakeSite.write(tmp.resolve("site"), "https://comments.example.org/", "");
    site.file("content/comments/open.yaml", IntakeSite.OPEN_COMMENTS);
    site.file("content/posts/привет.md", "---\ntitle: Привет\ndate: 2026-01-13\n---\n\nМир.\n");
    Path out = tmp.resolve("out");
    new SiteBuilder(2).build(BuildOptions.of(site.dir()).withOutput(out));
    Document open = page(out, "2026/01/open/index.html");

    Element form = open.selectFirst("form.comment-form");
    assertThat(form.attr("action")).isEqualTo("https://comments.example.org/c/open");
    assertThat(form.hasAttr("hidden")).isTrue();
    assertThat(form.attr("data-endpoint")).isEqualTo("https://comments.example.org/");
    assertThat(form.attr("data-slug")).isEqualTo("open");
    assertThat(form.attr("data-wait")).isEqualTo("3");
    assertThat(form.select("input, textarea, button").eachAttr("name"))
        .containsExactly("parent", "token", "author", "url", "body", "subject");
    assertThat(form.select("label").eachText())
        .containsExactly("Name", "Website (optional)", "Comment", "Leave this field empty");
    assertThat(open.select(".comment-write-link a").attr("href"))
        .isEqualTo("https://comments.example.org/c/open/new");
    assertThat(open.select("a.comment-reply").eachAttr("href"))
        .containsExactly("https://comments.example.org/c/open/new?parent=c1");
    assertThat(open.select("a.comment-reply").text()).isEqualTo("Reply to Ayu");
    assertThat(open.select("script[src]").eachAttr("src")).containsExactly("/comments.js");
    assertThat(open.select("script[src]").first().hasAttr("defer")).isTrue();
    assertThat(Files.size(out.resolve("comments.js"))).isLessThan(8 * 1024);

    Document shut = page(out, "2026/01/shut/index.html");
    assertThat(shut.select("form, .comment-write, a.comment-reply, script[src]")).isEmpty();

    Document id = page(out, "2026/01/id-post/index.html");
    assertThat(id.select(".comment-write-title").text()).isEqualTo("Tulis komentar");

    Document cyrillic = page(out, "2026/01/привет/index.html");
    assertThat(cyrillic.selectFirst("form.comment-form").attr("action"))
        .isEqualTo("https://comments.example.org/c/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82");
  }

  private static Document page(Path out, String rel) throws Exception {
    return Jsoup.parse(Files.readString(out.resolve(rel), StandardCharsets.UTF_8));
  }
}
