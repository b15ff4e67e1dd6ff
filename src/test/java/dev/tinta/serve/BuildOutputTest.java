package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The dev server's additions never reach what {@code tinta build} writes. */
@Timeout(60)
class BuildOutputTest {
  @TempDir Path site;

  @Test
  void builtPagesHaveNoReloadScriptOrOverlay() throws IOException {
    SmallSite.create(site);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new String[] {"build", "--site", site.toString()},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).as(err.toString()).isZero();

    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site.resolve("site-output"))) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
    for (Path page : pages) {
      Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
      for (Element script : doc.select("script")) {
        assertThat(script.attr("src") + script.data())
            .as(page.toString())
            .doesNotContain(LiveReload.PATH)
            .doesNotContain("EventSource");
      }
      assertThat(doc.select("[data-tinta-reload], #" + ErrorOverlay.ID))
          .as(page.toString())
          .isEmpty();
    }
  }
}
