package dev.tinta.config;

import dev.tinta.model.MenuItem;
import dev.tinta.model.Slug;
import dev.tinta.problem.Problem;
import dev.tinta.yaml.YamlMap;
import dev.tinta.yaml.YamlPosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code menu:} of {@code site.yaml}: a list of {@code {label: Tentang, page: tentang}} or
 * {@code {label: GitHub, url: https://...}} entries, in order. Whether each page exists is known
 * only once the content is read: {@link #missingPages}.
 */
public final class MenuReader {
  private static final String HINT =
      "menu: [{label: About, page: about}, {label: Code, url: https://...}]";
  private static final Set<String> KEYS = Set.of("label", "page", "url");

  private MenuReader() {}

  static List<MenuItem> read(YamlMap site) {
    List<MenuItem> items = new ArrayList<>();
    for (YamlMap entry : site.mapList("menu").orElse(List.of())) {
      entry(entry).ifPresent(items::add);
    }
    return items;
  }

  private static Optional<MenuItem> entry(YamlMap entry) {
    for (String key : entry.keys()) {
      if (!KEYS.contains(key)) {
        entry.report(key, "unknown key '" + key + "' in a menu entry", HINT);
      }
    }
    YamlPosition at = entry.position();
    Optional<String> label = entry.requiredText("label", HINT);
    Optional<String> page = entry.text("page");
    Optional<String> url = entry.text("url");
    if (page.isPresent() == url.isPresent()) {
      entry.report(
          page.isPresent() ? "url" : "label",
          "a menu entry needs either 'page' (a page's slug) or 'url', not "
              + (page.isPresent() ? "both" : "neither"),
          HINT);
      return Optional.empty();
    }
    if (page.isPresent() && !Slug.ofName(page.get()).equals(page.get())) {
      entry.report(
          "page", "'" + page.get() + "' is not a page's slug", "page: " + Slug.ofName(page.get()));
      return Optional.empty();
    }
    if (url.isPresent() && !validUrl(url.get())) {
      entry.report(
          "url",
          "'" + url.get() + "' is neither an http(s) URL nor a path of the site",
          "url: https://github.com/you or url: /tags/");
      return Optional.empty();
    }
    if (label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        page.map(p -> MenuItem.page(label.get(), p, at.line(), at.column()))
            .orElseGet(() -> MenuItem.url(label.get(), url.get(), at.line(), at.column())));
  }

  private static boolean validUrl(String url) {
    if (url.startsWith("/")) {
      return !url.startsWith("//");
    }
    try {
      URI uri = new URI(url);
      return uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * A problem for each menu entry naming a page that is not published.
   *
   * @param pages the slugs of the pages this build publishes
   */
  public static List<Problem> missingPages(List<MenuItem> menu, Collection<String> pages) {
    List<Problem> problems = new ArrayList<>();
    for (MenuItem item : menu) {
      if (!item.page().isEmpty() && !pages.contains(item.page())) {
        problems.add(
            Problem.at(
                    ConfigLoader.FILE,
                    item.line(),
                    item.column(),
                    "the menu links to a page '" + item.page() + "' that does not exist")
                .withHint(
                    pages.isEmpty()
                        ? "add content/pages/" + item.page() + ".md"
                        : "pages: " + String.join(", ", new java.util.TreeSet<>(pages))));
      }
    }
    return problems;
  }
}
