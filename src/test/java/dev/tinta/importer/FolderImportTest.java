package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jekyll and Hugo blog folders, real (poole, Hugo's basic example) and synthetic ({@code edges/}):
 * the Liquid tags and shortcodes whose meaning is clear are converted, every other one is listed
 * with its file and line, and the imported site builds and passes {@code tinta check}.
 */
class FolderImportTest {
  @TempDir Path tmp;

  private Sites.Run importInto(String kind, String fixture, Path site) {
    Sites.Run r =
        Sites.tinta("import", kind, Sites.fixture(fixture).toString(), "--site", site.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return r;
  }

  private static List<String> warnings(Sites.Run r) {
    return r.out().lines().filter(l -> l.startsWith("warning: ")).toList();
  }

  private static void buildAndCheck(Path site) {
    Sites.Run build = Sites.tinta("build", "--site", site.toString());
    assertThat(build.code()).as(build.err()).isZero();
    Sites.Run check = Sites.tinta("check", "--site", site.toString());
    assertThat(check.code()).as(check.err()).isZero();
  }

  @Test
  void jekyllEdges() throws IOException {
    Path site = tmp.resolve("site");
    Sites.Run r = importInto("jekyll", "jekyll/edges", site);
    String first = "warning: _posts/2021-03-14-tags-tinta-converts.md:";
    assertThat(warnings(r))
        .containsExactly(
            first
                + "7: kramdown {:toc} removed; tinta's theme shows no table of contents (a theme"
                + " can, from the post's toc)",
            first + "32: kramdown {: .note} removed; tinta cannot apply it",
            first + "34: kramdown {: .red} removed; tinta cannot apply it",
            first
                + "38: Liquid {% include note.html text=\"check this\" %} cannot be converted;"
                + " left in the text",
            first + "40: Liquid {% gist is not closed on its line; left in the text",
            "warning: _drafts/unfinished.md: a draft without a date; dated by its file's time, as"
                + " Jekyll does",
            "warning: _posts/2021-03-15-other-post.md:7: {% post_url 2019-01-01-not-here %} links"
                + " to a file the import does not hold; left in the text");
    assertThat(Files.readString(site.resolve("content/posts/tags-tinta-converts.md")))
        .isEqualTo(
            """
            ---
            title: Tags tinta converts
            date: 2021-03-14T00:00:00+01:00
            tags:
              - notes
            aliases:
              - /2021/03/tags-tinta-converts.html
            ---



            ## Code

            ```ruby
            config = {:a => 1}
            ```

            See [the other post](other-post.md) and [about](../pages/about.md).

            ![Logo](/assets/logo.svg)

            Liquid shown as text: {{ page.title }}

            Inline: {{ site.baseurl }} stays.


            ## Attributes

            A paragraph with a class.

            Some *red* words.

            ## Left for the author

            {% include note.html text="check this" %}

            {% gist
               abc123 %}

            ```ruby
            h = {:b => 2}
            ```
            """);
    assertThat(Files.readString(site.resolve("content/pages/about.md")))
        .endsWith("Read [the other post](../posts/other-post.md).\n");
    assertThat(Files.readString(site.resolve("content/posts/unfinished.md")))
        .contains("draft: true\n")
        .endsWith("Links to [the first](tags-tinta-converts.md).\n");
    assertThat(site.resolve("static/assets/logo.svg")).exists();
    buildAndCheck(site);
  }

  @Test
  void jekyllPooleListsWhatItCannotConvert() throws IOException {
    Path site = tmp.resolve("site");
    Sites.Run r = importInto("jekyll", "jekyll/poole", site);
    assertThat(warnings(r))
        .containsExactly(
            "warning: _posts/2020-04-02-example-content.md:7: kramdown {: .message } removed;"
                + " tinta cannot apply it",
            "warning: _posts/2020-04-02-example-content.md:83: Liquid {% gist"
                + " 13f94b734a4ddb132735 gist.md %} cannot be converted; left in the text",
            "warning: _posts/2020-04-03-options.md:9: kramdown {: toc } removed; tinta's theme"
                + " shows no table of contents (a theme can, from the post's toc)",
            "warning: _posts/2020-04-04-introduction.md:12: Liquid {{ site.time | date: \"%B %d,"
                + " %Y\" }} cannot be converted; left in the text",
            "warning: _posts/2020-04-04-introduction.md:19: Liquid {{ site.github.repo }} cannot"
                + " be converted; left in the text",
            "warning: _posts/2020-04-04-introduction.md:40: Liquid {{ site.github.repo }} cannot"
                + " be converted; left in the text",
            "warning: archive.md:10: Liquid {% assign postsByYearMonth = site.posts | group_by_exp:"
                + " \"post\", \"post.date | date: '%B %Y'\" %} cannot be converted; left in the"
                + " text",
            "warning: archive.md:11: Liquid {% for yearMonth in postsByYearMonth %} cannot be"
                + " converted; left in the text",
            "warning: archive.md:12: Liquid {{ yearMonth.name }} cannot be converted; left in the"
                + " text",
            "warning: archive.md:14: Liquid {% for post in yearMonth.items %} cannot be converted;"
                + " left in the text",
            "warning: archive.md:15: Liquid {{ post.url }} cannot be converted; left in the text",
            "warning: archive.md:15: Liquid {{ post.title }} cannot be converted; left in the text",
            "warning: archive.md:16: Liquid {% endfor %} cannot be converted; left in the text",
            "warning: archive.md:18: Liquid {% endfor %} cannot be converted; left in the text");
    String post = Files.readString(site.resolve("content/posts/example-content.md"));
    assertThat(post)
        .contains("```js\n// Example can be run directly in your JavaScript console\n")
        .doesNotContain("{% highlight")
        .doesNotContain("{% endhighlight");
    assertThat(Files.readString(site.resolve("content/posts/options.md"))).doesNotContain("toc");
  }

  @Test
  void hugoEdges() throws IOException {
    Path site = tmp.resolve("site");
    Sites.Run r = importInto("hugo", "hugo/edges", site);
    assertThat(warnings(r))
        .containsExactly(
            "warning: content/posts/figures.md:15: shortcode {{< notice warning >}} cannot be"
                + " converted; left in the text",
            "warning: content/posts/figures.md:17: shortcode {{< /notice >}} cannot be converted;"
                + " left in the text");
    assertThat(Files.readString(site.resolve("content/posts/figures.md")))
        .isEqualTo(
            """
            ---
            title: Figures and refs
            date: 2021-03-14T10:00:00+01:00
            tags:
              - hugo
            aliases:
              - /posts/figures/
            ---


            <figure><a href="/images/photo.svg"><img src="/images/photo.svg" alt="A photo"></a>\
            <figcaption>A photo</figcaption></figure>

            <figure><img src="/images/photo.svg" alt="Same photo"></figure>

            See [the bundle](bundle/index.md) and [about](../pages/about.md).

            Write a figure as {{< figure src="x.png" >}} in Hugo.

            {{< notice warning >}}
            Careful.
            {{< /notice >}}

            ```go
            fmt.Println("hi")
            ```
            """);
    assertThat(Files.readString(site.resolve("content/posts/bundle/index.md")))
        .endsWith("![Dot](dot.svg)\n\nBack to [figures](../figures.md).\n");
    assertThat(Files.readString(site.resolve("content/pages/about.md")))
        .endsWith("The [figures](../posts/figures.md) post.\n");
    assertThat(site.resolve("content/posts/bundle/dot.svg")).exists();
    buildAndCheck(site);
  }

  @Test
  void hugoBasicExampleListsWhatItCannotConvert() throws IOException {
    Path site = tmp.resolve("site");
    Sites.Run r = importInto("hugo", "hugo/basic-example", site);
    assertThat(warnings(r))
        .containsExactly(
            "warning: content/post/emoji-support.md:32: shortcode {{< css.inline >}} cannot be"
                + " converted; left in the text",
            "warning: content/post/emoji-support.md:46: shortcode {{< /css.inline >}} cannot be"
                + " converted; left in the text",
            "warning: content/post/math-typesetting.md:29: shortcode {{< math.inline >}} cannot"
                + " be converted; left in the text",
            "warning: content/post/math-typesetting.md:36: shortcode {{</ math.inline >}} cannot"
                + " be converted; left in the text",
            "warning: content/post/math-typesetting.md:40: shortcode {{< math.inline >}} cannot"
                + " be converted; left in the text",
            "warning: content/post/math-typesetting.md:44: shortcode {{</ math.inline >}} cannot"
                + " be converted; left in the text",
            "warning: content/post/placeholder-text.md:41: shortcode {{< css.inline >}} cannot be"
                + " converted; left in the text",
            "warning: content/post/placeholder-text.md:45: shortcode {{< /css.inline >}} cannot"
                + " be converted; left in the text");
    assertThat(Files.readString(site.resolve("content/posts/rich-content.md")))
        .contains("<https://www.youtube.com/watch?v=ZJthWmvUzzc>")
        .contains("<https://twitter.com/designreviewed/status/1085870671291310081>")
        .contains("<https://vimeo.com/48912912>");
    assertThat(Files.readString(site.resolve("content/posts/markdown-syntax.md")))
        .contains("```html\n<!doctype html>\n<html lang=\"en\">")
        .doesNotContain("highlight >}}");
    buildAndCheck(site);
  }
}
