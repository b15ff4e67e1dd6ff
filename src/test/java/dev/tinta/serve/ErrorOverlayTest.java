package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ErrorOverlayTest {
  @Test
  void noProblemsNoOverlay() {
    assertThat(ErrorOverlay.html(List.of())).isEmpty();
  }

  @Test
  void listsEveryProblemInCompilerFormEscaped() {
    List<Problem> problems =
        List.of(
            Problem.at("content/posts/a.md", 3, 7, "'<img src=x onerror=alert(1)>' is not a date")
                .withHint("date: 2010-08-31"),
            Problem.inFile("site.yaml", "unknown key \"a&b\""));
    Document page =
        Jsoup.parse("<html><body><p>page</p>" + ErrorOverlay.html(problems) + "</body></html>");
    Element box = page.getElementById(ErrorOverlay.ID);
    assertThat(box).isNotNull();
    assertThat(box.attr("style")).contains("position:fixed");
    assertThat(box.select("li").eachText())
        .containsExactly(
            "content/posts/a.md:3:7: error: '<img src=x onerror=alert(1)>' is not a date"
                + " (hint: date: 2010-08-31)",
            "site.yaml: error: unknown key \"a&b\"");
    assertThat(page.select("img")).isEmpty();
  }

  @Test
  void escapesEveryMarkupCharacter() {
    assertThat(ErrorOverlay.escape("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }
}
