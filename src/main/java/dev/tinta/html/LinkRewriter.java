package dev.tinta.html;

import dev.tinta.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Rewrites relative links to other Markdown sources into their published URLs (a link to a missing
 * source is a problem at its line), and marks external links {@code rel="noopener"}.
 */
final class LinkRewriter {
  private LinkRewriter() {}

  /**
   * @param all every element of the body
   */
  static void apply(
      List<Element> all,
      SourceContext context,
      LinkResolver links,
      URI baseUrl,
      List<Problem> problems) {
    for (Element a : all) {
      if (!a.nameIs("a") || !a.hasAttr("href")) {
        continue;
      }
      String href = a.attr("href");
      URI uri;
      try {
        uri = new URI(href);
      } catch (URISyntaxException e) {
        continue;
      }
      if (uri.isAbsolute()) {
        if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(baseUrl.getHost())) {
          addRel(a, "noopener");
        }
        continue;
      }
      String path = uri.getRawPath();
      if (path == null
          || path.isEmpty()
          || path.startsWith("/")
          || !(path.endsWith(".md") || path.endsWith(".markdown"))) {
        continue;
      }
      String target = URI.create(context.folder()).resolve(path).normalize().getPath();
      Optional<String> url = target.startsWith("..") ? Optional.empty() : links.urlOf(target);
      if (url.isPresent()) {
        String fragment = uri.getRawFragment();
        a.attr("href", root(baseUrl) + url.get() + (fragment == null ? "" : "#" + fragment));
      } else {
        // Markdown hrefs come percent-encoded; the author most likely typed the decoded name.
        String written = context.markdown().contains(uri.getPath()) ? uri.getPath() : path;
        int[] at = context.positionOf(written);
        problems.add(
            Problem.at(
                    context.file(),
                    at[0],
                    at[1],
                    "link to a missing post or page '" + written + "'")
                .withHint("no source at " + target));
      }
    }
  }

  /**
   * The base URL's path without its last slash: {@code ""} for a site at the root of its host,
   * {@code "/blog"} for one below a path. Site paths are relative to the site, like the theme's
   * {@code ${root}}.
   */
  static String root(URI baseUrl) {
    String path = baseUrl.getRawPath();
    return path == null || path.isEmpty() ? "" : path.substring(0, path.length() - 1);
  }

  private static void addRel(Element a, String value) {
    String rel = a.attr("rel");
    for (String part : rel.split("\\s+")) {
      if (part.equals(value)) {
        return;
      }
    }
    a.attr("rel", rel.isBlank() ? value : rel.trim() + " " + value);
  }
}
