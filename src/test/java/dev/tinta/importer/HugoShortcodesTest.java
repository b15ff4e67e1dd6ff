package dev.tinta.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HugoShortcodesTest {
  private final List<String> warnings = new ArrayList<>();

  private String hugo(String... lines) {
    return HugoShortcodes.convert(String.join("\n", lines), "h.md", 5, warnings);
  }

  @Test
  void highlightBecomesAFencedBlockWithItsLanguage() {
    assertThat(hugo("{{< highlight go \"linenos=table\" >}}", "f()", "{{< /highlight >}}"))
        .isEqualTo("```go\nf()\n```");
    assertThat(warnings).isEmpty();
  }

  @Test
  void hugoFiguresEmbedsAndEscapedShortcodes() {
    assertThat(
            hugo(
                "{{< figure src=\"/i/a.png\" title=\"A & B\" link=\"/i/a.png\" >}}",
                "{{% figure src=\"b.png\" alt=\"B\" %}}",
                "{{< youtube ZJthWmvUzzc >}} {{< gist spf13 7896402 >}}",
                "Write {{</* figure src=\"x.png\" */>}} or {{%/* ref \"y\" */%}}."))
        .isEqualTo(
            "<figure><a href=\"/i/a.png\"><img src=\"/i/a.png\" alt=\"A &amp; B\"></a><figcaption>A"
                + " &amp; B</figcaption></figure>\n"
                + "<figure><img src=\"b.png\" alt=\"B\"></figure>\n"
                + "<https://www.youtube.com/watch?v=ZJthWmvUzzc>"
                + " <https://gist.github.com/spf13/7896402>\n"
                + "Write {{< figure src=\"x.png\" >}} or {{% ref \"y\" %}}.");
    assertThat(warnings).isEmpty();
  }

  @Test
  void otherShortcodesStayAndAreListed() {
    assertThat(hugo("{{< notice warning >}}", "Careful.", "{{< /notice >}}", "{{< param"))
        .isEqualTo("{{< notice warning >}}\nCareful.\n{{< /notice >}}\n{{< param");
    assertThat(warnings)
        .containsExactly(
            "h.md:5: shortcode {{< notice warning >}} cannot be converted; left in the text",
            "h.md:7: shortcode {{< /notice >}} cannot be converted; left in the text",
            "h.md:8: shortcode {{< param is not closed on its line; left in the text");
  }
}
