package dev.tinta.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.model.OutputFile;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RobotsTest {
  @Test
  void allowsEverythingAndNamesTheAbsoluteSitemap() {
    OutputFile file = new Robots().render(FeedFixture.source(20));
    assertThat(file.path()).isEqualTo("robots.txt");
    assertThat(new String(((OutputFile.Generated) file).bytes(), StandardCharsets.UTF_8))
        .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://example.org/blog/sitemap.xml\n");
  }
}
