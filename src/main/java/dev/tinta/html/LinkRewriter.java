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

  static void apply(Element body, SourceContext context, LinkResolver links, URI baseUrl,
      List<Problem> problems) {
    for (Element a : body.select("a[href]")) {
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
      if (path == null || path.isEmpty() || path.startsWith("/") || !path.endsWith(".md")) {
        continue;
      }
      String target = URI.create(context.folder()).resolve(path).normalize().getPath();
      Optional<String> url = target.startsWith("..") ? Optional.empty() : links.urlOf(target);
      if (url.isPresent()) {
        String fragment = uri.getRawFragment();
        a.attr("href", url.get() + (fragment == null ? "" : "#" + fragment));
      } else {
        int[] at = context.positionOf(path);
        problems.add(Problem.at(context.file(), at[0], at[1], "link to a missing post or page '"
            + path + "'").withHint("no source at " + target));
      }
    }
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
