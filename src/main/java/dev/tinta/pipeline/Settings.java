package dev.tinta.pipeline;

import dev.tinta.config.ConfigLoader;
import dev.tinta.model.SiteConfig;
import dev.tinta.templates.TemplateRenderer;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stage 1: the site's settings ({@code site.yaml}, with {@code --base-url} applied) and its
 * templates.
 */
record Settings(SiteConfig config, TemplateRenderer templates) {

  static Settings load(BuildOptions options) {
    SiteConfig config = ConfigLoader.load(options.siteDir());
    TemplateRenderer templates = TemplateRenderer.create(options.siteDir());
    templates.parseAll();
    return new Settings(options.baseUrl().map(config::withBaseUrl).orElse(config), templates);
  }

  /** The layouts front matter may name: every template but the listing ones. */
  Set<String> entryLayouts() {
    Set<String> layouts = new TreeSet<>(templates.layouts());
    layouts.removeAll(PagePlan.LISTING_LAYOUTS);
    return layouts;
  }
}
