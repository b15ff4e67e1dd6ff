package dev.tinta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.cli.BuildCommandTest.CliRun;
import dev.tinta.pipeline.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path tmp;

  @Test
  void initCreatesASiteThatBuildsWithTheDefaultTheme() throws IOException {
    Path site = tmp.resolve("blog");
    CliRun init = CliRun.of("init", site.toString());

    assertThat(init.err()).isEmpty();
    assertThat(init.code()).isZero();
    assertThat(init.out())
        .isEqualTo(
            "Created a site in " + site + "; build it with: tinta build --site " + site + "\n");
    // No templates/ folder: the theme comes from the jar.
    assertThat(FileTrees.names(site))
        .containsExactly(
            ".gitignore",
            "content",
            "content/pages",
            "content/pages/about.md",
            "content/posts",
            "content/posts/hello-world.md",
            "site.yaml");

    Path out = tmp.resolve("out");
    CliRun build = CliRun.of("build", "--site", site.toString(), "--output", out.toString());
    assertThat(build.err()).isEmpty();
    assertThat(build.code()).isZero();
    assertThat(build.out()).startsWith("Posts 1 · ");

    var files = FileTrees.read(out).keySet();
    assertThat(files)
        .contains(
            "index.html",
            "about/index.html",
            "style.css",
            "favicon.svg",
            "feed.xml",
            "tags/welcome/index.html");
    var index = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(index.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(index.select("main article.teaser h2").eachText()).containsExactly("Hello, world");
    assertThat(index.select("aside.sidebar .widget.about h2").eachText())
        .containsExactly("About me");
    // the About page is in the navigation, marked on its own page; new sites get GitHub's ids
    assertThat(index.select("header nav.site-nav a").eachAttr("href")).containsExactly("/about/");
    assertThat(index.select("header nav.site-nav a[aria-current]")).isEmpty();
    var about = Jsoup.parse(out.resolve("about/index.html").toFile(), "UTF-8");
    assertThat(about.select("header nav.site-nav a[aria-current=page]").eachText())
        .containsExactly("About");
    assertThat(Files.readString(site.resolve("site.yaml"))).contains("\nheading_ids: github\n");
  }

  @Test
  void aFolderThatIsNotEmptyIsRefused() throws IOException {
    Path site = tmp.resolve("blog");
    Files.createDirectories(site);
    Files.writeString(site.resolve("notes.txt"), "mine");

    CliRun run = CliRun.of("init", site.toString());

    assertThat(run.code()).isEqualTo(Main.USER_ERROR);
    assertThat(run.err())
        .isEqualTo(site + ": error: folder is not empty (hint: pick a new folder)\n1 error\n");
    assertThat(FileTrees.names(site)).containsExactly("notes.txt");
  }

  @Test
  void anEmptyFolderIsFine() throws IOException {
    Path site = Files.createDirectories(tmp.resolve("empty"));
    assertThat(CliRun.of("init", site.toString()).code()).isZero();
    assertThat(site.resolve("site.yaml")).isRegularFile();
  }
}
