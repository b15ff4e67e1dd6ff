package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkupFixesTest {

  private static String fixed(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    MarkupFixes.apply(doc.body().getAllElements());
    return doc.body().html();
  }

  @Test
  void taskListCheckboxesAreLabelledByTheirItem() {
    assertThat(fixed("<ul><li><input type=\"checkbox\" disabled> Send the budget</li></ul>"))
        .isEqualTo(
            "<ul><li><input type=\"checkbox\" disabled aria-label=\"Send the budget\">"
                + " Send the budget</li></ul>");
  }

  @Test
  void codeBlocksAreKeyboardScrollable() {
    assertThat(fixed("<pre><code>x</code></pre><pre tabindex=\"-1\">y</pre>"))
        .isEqualTo("<pre tabindex=\"0\"><code>x</code></pre><pre tabindex=\"-1\">y</pre>");
  }

  @Test
  void obsoleteAlignBecomesCss() {
    assertThat(
            fixed(
                "<table><tr><td align=\"right\">1</td><td align=\"bogus\">2</td></tr>"
                    + "</table>"))
        .isEqualTo(
            "<table><tbody><tr><td style=\"text-align: right\">1</td><td>2</td></tr>"
                + "</tbody></table>");
  }
}
