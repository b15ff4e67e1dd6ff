package dev.tinta.feeds;

import dev.tinta.model.OutputFile;
import dev.tinta.model.SiteConfig;
import java.nio.charset.StandardCharsets;

/** {@code robots.txt}: allows everything and names the sitemap. */
public final class Robots implements SiteDocument<SiteConfig> {
  @Override
  public SiteConfig inputs(FeedSource source) {
    return source.config();
  }

  @Override
  public OutputFile write(SiteConfig config) {
    String text = "User-agent: *\nAllow: /\n\nSitemap: " + config.absolute(Sitemap.PATH) + "\n";
    return OutputFile.of("robots.txt", text.getBytes(StandardCharsets.UTF_8));
  }
}
