package dev.tinta.importer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * {@code --images download}: fetches every image of a post into the post's own folder ({@code
 * content/posts/<slug>/}) and points the post, and its links to the same image at another size, at
 * the copy. Blogger's resized images ({@code /s320/} or {@code =s320} in a URL of its image hosts)
 * are fetched at their original size ({@code s0}). A failed download keeps the link and is a
 * warning.
 */
final class ImageDownloads {
  /** Blogger's size segment: {@code /s320/}, {@code /w640-h480/}, {@code =s1600}. */
  private static final Pattern BLOGGER_SIZE =
      Pattern.compile("/(?:s\\d{1,5}(?:-c)?|w\\d{1,5}-h\\d{1,5}(?:-[a-z]+)*)/(?=[^/]+$)");

  private static final Pattern BLOGGER_SUFFIX = Pattern.compile("=s\\d{1,5}(?:-c)?$");
  private static final long MAX_BYTES = 20L * 1024 * 1024;

  private final HttpClient client;
  private final Function<ImportedPost, String> postUrl;
  private int downloaded;

  /**
   * @param postUrl the site path of a post ({@code /2010/08/slug/}): a copy is linked by the path
   *     it is published at, so the post's teaser on other pages finds it too
   */
  ImageDownloads(HttpClient client, Function<ImportedPost, String> postUrl) {
    this.client = client;
    this.postUrl = postUrl;
  }

  int downloaded() {
    return downloaded;
  }

  /** The result with the images of its posts fetched and their links rewritten. */
  ImportResult apply(ImportResult r) {
    List<ImportedPost> posts = new ArrayList<>();
    List<ImportedFile> files = new ArrayList<>(r.files());
    List<String> warnings = new ArrayList<>(r.warnings());
    for (ImportedPost p : r.posts()) {
      String body = p.body();
      Set<String> names = new HashSet<>();
      Map<String, String> fetched = new LinkedHashMap<>();
      String base = postUrl.apply(p);
      for (String url : ImageLinks.find(body)) {
        String original = original(url.startsWith("//") ? "https:" + url : url);
        String name = fetched.get(original);
        if (name == null) {
          name = fileName(original, names);
          try {
            byte[] bytes = fetch(original);
            files.add(new ImportedFile("content/posts/" + p.slug() + "/" + name, bytes));
            fetched.put(original, name);
            downloaded++;
          } catch (IOException e) {
            warnings.add(
                p.origin()
                    + ": image "
                    + original
                    + " not downloaded ("
                    + e.getMessage()
                    + "); link kept");
            continue;
          }
        }
        body = replace(body, url, base + name);
      }
      // links that open the image at another size (Blogger's /s1600/) point at the copy too
      for (String href : ImageLinks.links(body)) {
        String name = fetched.get(original(href.startsWith("//") ? "https:" + href : href));
        if (name != null) {
          body = replace(body, href, base + name);
        }
      }
      posts.add(body.equals(p.body()) ? p : p.withBody(body));
    }
    return new ImportResult(
        posts,
        r.pages(),
        r.comments(),
        files,
        r.settings(),
        r.skipped(),
        warnings,
        r.images(),
        r.sitePosts());
  }

  /** The URL of an image at its original size: Blogger's size segment becomes {@code s0}. */
  static String original(String url) {
    String host;
    try {
      host = URI.create(url.replace(" ", "%20")).getHost();
    } catch (IllegalArgumentException e) {
      return url;
    }
    if (host == null
        || !(host.endsWith(".blogspot.com")
            || host.endsWith(".googleusercontent.com")
            || host.endsWith(".ggpht.com"))) {
      return url;
    }
    String u = BLOGGER_SIZE.matcher(url).replaceFirst("/s0/");
    return BLOGGER_SUFFIX.matcher(u).replaceFirst("=s0");
  }

  /** The body with a URL replaced, as written and as HTML escapes it in an attribute. */
  private static String replace(String body, String url, String with) {
    return body.replace("\"" + url + "\"", "\"" + with + "\"")
        .replace("\"" + url.replace("&", "&amp;") + "\"", "\"" + with + "\"")
        .replace("'" + url + "'", "'" + with + "'")
        .replace("(" + url + ")", "(" + with + ")")
        .replace("(<" + url + ">)", "(<" + with + ">)");
  }

  private static String fileName(String url, Set<String> taken) {
    String path = URI.create(url.replace(" ", "%20")).getPath();
    String last = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    String clean = last.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
    if (clean.isEmpty() || !clean.contains(".")) {
      clean =
          "image-"
              + Integer.toHexString(url.hashCode())
              + (clean.isEmpty() ? ".img" : "-" + clean + ".img");
    }
    String name = clean;
    for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      int dot = clean.lastIndexOf('.');
      name = clean.substring(0, dot) + "-" + n + clean.substring(dot);
    }
    return name;
  }

  private byte[] fetch(String url) throws IOException {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IOException("not a URL");
    }
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IOException("not an http or https URL");
    }
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    try {
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw new IOException("HTTP " + response.statusCode());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("image/")) {
          throw new IOException("not an image: " + (type.isEmpty() ? "no Content-Type" : type));
        }
        byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
          throw new IOException("larger than 20 MB");
        }
        return bytes;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }
}
