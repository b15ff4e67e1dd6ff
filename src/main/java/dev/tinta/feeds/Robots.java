package dev.tinta.feeds;

import dev.tinta.model.OutputFile;
import java.nio.charset.StandardCharsets;

/** {@code robots.txt}: allows everything and names the sitemap. */
public final class Robots implements SiteDocument {
  @Override
  public Object inputs(FeedSource source) {
    return source.config();
  }

  @Override
  public OutputFile render(FeedSource source) {
    String text =
        "User-agent: *\nAllow: /\n\nSitemap: " + source.config().absolute(Sitemap.PATH) + "\n";
    return OutputFile.of("robots.txt", text.getBytes(StandardCharsets.UTF_8));
  }
}
