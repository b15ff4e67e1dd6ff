package dev.tinta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.testing.Soup;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/** {@link Autolinks} makes exactly the links of commonmark's autolink extension. */
class AutolinksTest {
  private static String render(Extension autolinks, String markdown) {
    List<Extension> extensions =
        List.of(
            TablesExtension.create(),
            StrikethroughExtension.create(),
            autolinks,
            TaskListItemsExtension.create(),
            FootnotesExtension.create());
    return HtmlRenderer.builder()
        .extensions(extensions)
        .build()
        .render(Parser.builder().extensions(extensions).build().parse(markdown));
  }

  private static void assertSameLinks(List<String> documents) {
    for (String md : documents) {
      assertThat(render(Autolinks.extension(), md))
          .as("%s", md)
          .isEqualTo(render(AutolinkExtension.create(), md));
    }
  }

  @Test
  void specExamplesRegressionsAndRepositoryFiles() throws IOException {
    List<String> docs = new ArrayList<>();
    docs.addAll(ExampleReader.readExampleSources(TestResources.getSpec()));
    docs.addAll(ExampleReader.readExampleSources(TestResources.getGfmSpec()));
    for (URL regression : TestResources.getRegressions()) {
      docs.addAll(ExampleReader.readExampleSources(regression));
    }
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          docs.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
      }
    }
    assertSameLinks(docs);
  }

  @Test
  void randomTextsFullOfAddresses() {
    assertSameLinks(
        Soup.markdown(
            2010_08_31,
            3_000,
            30,
            "https://e.org/a?b=1&c",
            "http://x.y",
            "ftp://f.org",
            "mailto:",
            "www.",
            "WWW.big.org",
            "wwww.a.b",
            "ww.x.org",
            "a@b.c",
            "user.name+tag@example.co.id",
            "@",
            ":",
            "://",
            "(",
            ".",
            ",",
            "_"));
  }

  @Test
  void onlyTextsWithATriggerAreScanned() {
    assertThat(Autolinks.mayHoldLink("plain words, with w and ww. and .www")).isFalse();
    assertThat(Autolinks.mayHoldLink("see www.example.org")).isTrue();
    assertThat(Autolinks.mayHoldLink("a@b")).isTrue();
    assertThat(Autolinks.mayHoldLink("note: x")).isTrue();
  }
}
