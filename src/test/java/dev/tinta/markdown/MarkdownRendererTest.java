package dev.tinta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  final MarkdownRenderer markdown = new MarkdownRenderer();

  @Test
  void tables() {
    assertThat(markdown.render("| a | b |\n|---|--:|\n| 1 | 2 |\n"))
        .isEqualTo(
            "<table>\n<thead>\n<tr>\n<th>a</th>\n<th align=\"right\">b</th>\n</tr>\n</thead>\n"
                + "<tbody>\n<tr>\n<td>1</td>\n<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n");
  }

  @Test
  void strikethroughAndAutolinks() {
    assertThat(markdown.render("~~fancy~~ see www.example.org and https://example.org/x."))
        .isEqualTo(
            "<p><del>fancy</del> see <a href=\"http://www.example.org\">www.example.org</a>"
                + " and <a href=\"https://example.org/x\">https://example.org/x</a>.</p>\n");
  }

  @Test
  void taskLists() {
    assertThat(markdown.render("- [x] done\n- [ ] todo\n"))
        .isEqualTo(
            "<ul>\n<li><input type=\"checkbox\" disabled=\"\" checked=\"\"> done</li>\n"
                + "<li><input type=\"checkbox\" disabled=\"\"> todo</li>\n</ul>\n");
  }

  @Test
  void footnotes() {
    assertThat(markdown.render("Text.[^1]\n\n[^1]: Note.\n"))
        .isEqualTo(
            "<p>Text.<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1"
                + "</a></sup></p>\n<section class=\"footnotes\" data-footnotes>\n<ol>\n"
                + "<li id=\"fn-1\">\n<p>Note. <a href=\"#fnref-1\" class=\"footnote-backref\""
                + " data-footnote-backref data-footnote-backref-idx=\"1\" aria-label=\"Back to reference"
                + " 1\">↩</a></p>\n</li>\n</ol>\n</section>\n");
  }

  @Test
  void authorHtmlPassesThrough() {
    assertThat(markdown.render("> quote\n> <cite>(Someone)</cite>\n\n<!--more-->\n"))
        .isEqualTo(
            "<blockquote>\n<p>quote\n<cite>(Someone)</cite></p>\n</blockquote>\n"
                + "<!--more-->\n");
  }

  @Test
  void linkDestinationsArePercentEncoded() {
    assertThat(markdown.render("[a](<my post.md>) [b](привет-мир.md#часть) ![c](a%20b.png)"))
        .isEqualTo(
            "<p><a href=\"my%20post.md\">a</a> <a href=\"%D0%BF%D1%80%D0%B8%D0%B2%D0%B5"
                + "%D1%82-%D0%BC%D0%B8%D1%80.md#%D1%87%D0%B0%D1%81%D1%82%D1%8C\">b</a>"
                + " <img src=\"a%20b.png\" alt=\"c\" /></p>\n");
  }
}
