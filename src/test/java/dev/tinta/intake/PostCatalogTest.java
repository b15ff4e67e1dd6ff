package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.config.ConfigLoader;
import dev.tinta.model.SiteConfig;
import dev.tinta.pipeline.ExampleSite;
import dev.tinta.templates.TemplateRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server finds posts where the build puts them, and knows no drafts. */
class PostCatalogTest {
  @TempDir Path tmp;

  @Test
  void postUrlsAreTheBuildsPermalinks() {
    Path root = ExampleSite.root();
    SiteConfig config = ConfigLoader.load(root);
    Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    PostCatalog catalog =
        PostCatalog.of(root, config, TemplateRenderer.create(root).layouts(), clock);
    Path out = tmp.resolve("out");
    ExampleSite.build(out, 2);
    String base = config.baseUrl().toString();
    for (String slug :
        new String[] {
          "another-insight-about-networking",
          "menyusun-agenda-rapat",
          "five-small-networking-habits",
          "writing-meeting-minutes-in-plain-text"
        }) {
      PostInfo post = catalog.find(slug).orElseThrow();
      assertThat(post.url()).startsWith(base);
      assertThat(out.resolve(post.url().substring(base.length())).resolve("index.html"))
          .matches(Files::isRegularFile, "a built page");
    }
    assertThat(catalog.find("catatan-draf")).isEmpty();
    assertThat(catalog.find("nope")).isEmpty();
  }
}
