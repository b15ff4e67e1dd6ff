package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.pipeline.BuildOptions;
import dev.tinta.pipeline.ExampleSite;
import dev.tinta.pipeline.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search in a built site: on with {@code search: true}, off by default. */
class SiteSearchTest {
  @TempDir Path tmp;

  Path site(String siteYaml) throws IOException {
    Path site = tmp.resolve("site");
    Files.createDirectories(site.resolve("content/posts"));
    Files.createDirectories(site.resolve("content/pages"));
    Files.writeString(site.resolve("site.yaml"), siteYaml);
    Files.writeString(
        site.resolve("content/posts/hello.md"),
        "---\ntitle: Hello\ndate: 2024-01-15\n---\n\nNetworking with *colleagues*.\n");
    Files.writeString(
        site.resolve("content/pages/search.md"), "---\ntitle: Find\n---\n\nMy own page.\n");
    return site;
  }

  List<String> build(Path site) throws IOException {
    Path out = tmp.resolve("out");
    new SiteBuilder(1).build(BuildOptions.of(site).withOutput(out).withClock(ExampleSite.CLOCK));
    try (Stream<Path> walk = Files.walk(out)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> out.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  @Test
  void withoutSearchThereIsNoPageIndexScriptOrLink() throws IOException {
    List<String> files = build(site("title: Off\n"));
    assertThat(files)
        .contains("search/index.html", "index.html")
        .noneMatch(f -> f.equals("search.js") || f.startsWith("search/") && !f.endsWith(".html"));
    Document home =
        Jsoup.parse(Files.readString(tmp.resolve("out/index.html"), StandardCharsets.UTF_8));
    assertThat(home.select(".site-search")).isEmpty();
    // the page at /search/ is the site's own
    Document page =
        Jsoup.parse(Files.readString(tmp.resolve("out/search/index.html"), StandardCharsets.UTF_8));
    assertThat(page.select("h1").text()).isEqualTo("Find");
    assertThat(page.select("script[src]")).isEmpty();
  }

  @Test
  void searchTrueMakesThePageTheIndexTheScriptAndTheLink() throws IOException {
    Path site = site("title: On\nsearch: true\n");
    Files.delete(site.resolve("content/pages/search.md"));
    List<String> files = build(site);
    assertThat(files)
        .contains("search.js", "search/index.html", "search/index.json")
        .anyMatch(f -> f.matches("search/t/[0-9a-f]{10}\\.json"))
        .anyMatch(f -> f.matches("search/m/[0-9a-f]{10}-0\\.json"));
    Document home =
        Jsoup.parse(Files.readString(tmp.resolve("out/index.html"), StandardCharsets.UTF_8));
    assertThat(home.select(".site-search a").attr("href")).isEqualTo("/search/");
    Document page =
        Jsoup.parse(Files.readString(tmp.resolve("out/search/index.html"), StandardCharsets.UTF_8));
    assertThat(page.select("script[src]").attr("src")).isEqualTo("/search.js");
    assertThat(page.select("form#search").attr("data-index")).isEqualTo("/search/index.json");
    assertThat(page.select("form#search").attr("data-results")).isEqualTo("Posts found: {0}");
    assertThat(page.select("form#search").attr("data-none"))
        .isEqualTo("No post has \u201c{0}\u201d.");
  }
}
