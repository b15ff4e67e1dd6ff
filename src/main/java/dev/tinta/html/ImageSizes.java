package dev.tinta.html;

import dev.tinta.model.SizedImage;
import dev.tinta.problem.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Gives each local image its size ({@code width} and {@code height}, so the page does not shift as
 * it loads) and its resized copies ({@code srcset} and {@code sizes}, pointing {@code src} at the
 * widest of them). A missing or unusable image is a problem at the line that shows it. What the
 * author set on an element is kept; images on other hosts are left alone.
 */
final class ImageSizes {
  /**
   * How wide the default theme shows a body image: its column of 42rem beside the sidebar on wide
   * screens, else the screen less the page's padding ({@code templates/static/style.css}).
   */
  static final String SIZES = "(min-width: 60rem) 42rem, calc(100vw - 2.5rem)";

  private ImageSizes() {}

  /**
   * @param all every element of the body
   * @return the images found, in order, once each
   */
  static List<SizedImage> apply(
      List<Element> all,
      SourceContext context,
      ImageResolver images,
      URI baseUrl,
      List<Problem> problems) {
    List<Local> locals = new ArrayList<>();
    for (Element img : all) {
      local(img, context).ifPresent(locals::add);
    }
    if (locals.size() > 1) {
      // a body with several images: they are read side by side, not one after the other
      List<String> sitePaths = new ArrayList<>();
      List<String> sources = new ArrayList<>();
      for (Local l : locals) {
        if (l.path().startsWith("/")) {
          sitePaths.add(l.path());
        } else {
          l.source().ifPresent(sources::add);
        }
      }
      images.prepare(sitePaths, sources);
    }
    Map<String, SizedImage> used = new LinkedHashMap<>();
    for (Local l : locals) {
      ImageLookup found;
      if (l.path().startsWith("/")) {
        found = images.atSitePath(l.path());
      } else {
        found =
            l.source().isPresent()
                ? images.atSource(l.source().get())
                : new ImageLookup.Missing("it points outside the site folder");
      }
      // Markdown URLs come percent-encoded; the author most likely typed the decoded name
      String written = context.markdown().contains(l.path()) ? l.path() : l.src();
      if (found instanceof ImageLookup.Found f) {
        size(l.img(), f.image(), LinkRewriter.root(baseUrl));
        used.putIfAbsent(f.image().path(), f.image());
      } else if (found instanceof ImageLookup.Missing m) {
        int[] at = context.positionOf(written);
        problems.add(
            Problem.at(context.file(), at[0], at[1], "image '" + written + "' not found")
                .withHint(m.hint()));
      } else if (found instanceof ImageLookup.Unreadable u) {
        int[] at = context.positionOf(written);
        problems.add(
            Problem.at(context.file(), at[0], at[1], "image " + u.file() + " " + u.message())
                .withHint(u.hint()));
      }
    }
    return List.copyOf(used.values());
  }

  /**
   * An image of the site's own.
   *
   * @param src as written in the element
   * @param path its decoded path: a site path if it starts with {@code /}, else relative
   * @param source for a relative path, the file it names, relative to the site; empty when it
   *     climbs out of the site folder
   */
  private record Local(Element img, String src, String path, Optional<String> source) {}

  private static Optional<Local> local(Element img, SourceContext context) {
    if (!img.nameIs("img") || img.attr("src").isBlank()) {
      return Optional.empty();
    }
    String src = img.attr("src").strip();
    URI uri;
    try {
      uri = new URI(src);
    } catch (URISyntaxException e) {
      return Optional.empty(); // not a URL the build can follow; tinta check reports it
    }
    String path = uri.getPath();
    if (uri.getScheme() != null
        || uri.getRawAuthority() != null
        || path == null
        || path.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> source =
        path.startsWith("/") ? Optional.empty() : resolve(context.folder(), path);
    return Optional.of(new Local(img, src, path, source));
  }

  private static void size(Element img, SizedImage image, String root) {
    List<SizedImage.Candidate> candidates = image.candidates();
    boolean responsive = !candidates.isEmpty() && !img.hasAttr("srcset");
    if (responsive) {
      SizedImage.Candidate widest = candidates.get(candidates.size() - 1);
      img.attr("src", root + encode(widest.path()));
      StringBuilder srcset = new StringBuilder();
      for (SizedImage.Candidate c : candidates) {
        if (srcset.length() > 0) {
          srcset.append(", ");
        }
        srcset.append(root).append(encode(c.path())).append(' ').append(c.width()).append('w');
      }
      img.attr("srcset", srcset.toString());
      if (!img.hasAttr("sizes")) {
        img.attr("sizes", SIZES);
      }
    }
    if (image.width() > 0 && !img.hasAttr("width") && !img.hasAttr("height")) {
      // the size of the file src names: its proportions are the image's
      SizedImage.Candidate shown =
          responsive
              ? candidates.get(candidates.size() - 1)
              : new SizedImage.Candidate(image.path(), image.width(), image.height());
      img.attr("width", String.valueOf(shown.width()));
      img.attr("height", String.valueOf(shown.height()));
    }
  }

  /**
   * A site path as a URL path: UTF-8 percent-encoded but for unreserved characters, {@code /} and
   * the sub-delimiters other than {@code ,} (a comma or a space would end a {@code srcset} URL).
   */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length() + 16);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+;=:@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * {@code relative} (decoded) resolved against a site-relative {@code folder} ending in {@code /};
   * empty when it climbs out of the site folder.
   */
  static Optional<String> resolve(String folder, String relative) {
    Deque<String> parts = new ArrayDeque<>();
    for (String s : (folder + relative).split("/")) {
      if (s.isEmpty() || s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(s);
      }
    }
    return Optional.of(String.join("/", new ArrayList<>(parts)));
  }
}
