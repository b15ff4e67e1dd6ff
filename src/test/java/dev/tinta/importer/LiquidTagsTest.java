package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiquidTagsTest {
  private final List<String> warnings = new ArrayList<>();

  private String liquid(String... lines) {
    return LiquidTags.convert(String.join("\n", lines), "p.md", 5, warnings);
  }

  @Test
  void highlightBecomesAFencedBlockWithItsLanguage() {
    assertThat(liquid("{% highlight ruby linenos %}", "x = {:a => 1}", "{%- endhighlight -%}"))
        .isEqualTo("```ruby\nx = {:a => 1}\n```");
    assertThat(warnings).isEmpty();
  }

  @Test
  void siteBaseurlGoesAndRelativeUrlsBecomeRootPaths() {
    assertThat(liquid("![a]({{ site.baseurl }}/img/a.png) [f]({{ '/atom.xml' | relative_url }})"))
        .isEqualTo("![a](/img/a.png) [f](/feed.xml)");
    assertThat(warnings).isEmpty();
  }

  @Test
  void rawKeepsItsContentLiteralOnItsOwnLinesAndInline() {
    assertThat(
            liquid(
                "{% raw %}",
                "{{ page.title }} and {% if x %}",
                "",
                "{% endraw %}",
                "a {% raw %}{{ site.baseurl }}{% endraw %} b {{ site.baseurl }}/c"))
        .isEqualTo("{{ page.title }} and {% if x %}\n\na {{ site.baseurl }} b /c");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aRawThatIsNotClosedKeepsTheRestAndSaysSo() {
    assertThat(liquid("{% raw %}", "{{ x }}")).isEqualTo("{{ x }}");
    assertThat(warnings)
        .containsExactly("p.md: {% raw %} without {% endraw %}; the rest of the file kept as text");
  }

  @Test
  void commentsGo() {
    assertThat(
            liquid(
                "a",
                "{% comment %}",
                "secret {{ x }}",
                "{% endcomment %}",
                "b {% comment %}c{% endcomment %}d"))
        .isEqualTo("a\nb d");
    assertThat(warnings).isEmpty();
  }

  @Test
  void kramdownTocGoesWithItsListItemAndANote() {
    assertThat(liquid("* TOC", "{:toc}", "", "## One")).isEqualTo("\n## One");
    assertThat(warnings)
        .containsExactly(
            "p.md:6: kramdown {:toc} removed; tinta's theme shows no table of contents (a theme"
                + " can, from the post's toc)");
  }

  @Test
  void kramdownAttributeListsGoWithAWarningButNotInsideCode() {
    assertThat(liquid("Para.", "{: .note}", "*red*{: .red} word", "```", "{: .kept}", "```"))
        .isEqualTo("Para.\n*red* word\n```\n{: .kept}\n```");
    assertThat(warnings)
        .containsExactly(
            "p.md:6: kramdown {: .note} removed; tinta cannot apply it",
            "p.md:7: kramdown {: .red} removed; tinta cannot apply it");
  }

  @Test
  void otherTagsStayAndAreListedWithFileAndLine() {
    assertThat(liquid("x", "{% include note.html %} {{ page.date }}", "{% gist", "  abc %}"))
        .isEqualTo("x\n{% include note.html %} {{ page.date }}\n{% gist\n  abc %}");
    assertThat(warnings)
        .containsExactly(
            "p.md:6: Liquid {% include note.html %} cannot be converted; left in the text",
            "p.md:6: Liquid {{ page.date }} cannot be converted; left in the text",
            "p.md:7: Liquid {% gist is not closed on its line; left in the text");
  }

  @Test
  void postLinksBecomeReferencesThePlanResolves() {
    String body =
        liquid("[a]({% post_url 2010-01-02-a %}) [b]({{ site.baseurl }}{% link about.md %})");
    assertThat(PostRefs.without(body)).isEqualTo("[a]() [b]()");
    assertThat(warnings).isEmpty();
    PostRefs refs = new PostRefs();
    refs.add("_posts/2010-01-02-a.md", "content/posts/a/index.md");
    refs.add("about.md", "content/pages/about.md");
    assertThat(refs.resolve(body, "content/posts/b.md", "x", warnings))
        .isEqualTo("[a](a/index.md) [b](../pages/about.md)");
    assertThat(refs.resolve(body, "content/pages/c.md", "x", warnings))
        .isEqualTo("[a](../posts/a/index.md) [b](about.md)");
    assertThat(warnings).isEmpty();
    assertThat(new PostRefs().resolve(body, "content/posts/b.md", "x", warnings))
        .isEqualTo("[a]({% post_url 2010-01-02-a %}) [b]({% link about.md %})");
    assertThat(warnings)
        .containsExactly(
            "p.md:5: {% post_url 2010-01-02-a %} links to a file the import does not hold; left in"
                + " the text",
            "p.md:5: {% link about.md %} links to a file the import does not hold; left in the"
                + " text");
  }
}
