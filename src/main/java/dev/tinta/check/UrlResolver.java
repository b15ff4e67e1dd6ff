package dev.tinta.check;

import dev.tinta.text.Utf8;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Resolves a URL written in a page against the page's own URL the way a browser does, and says
 * whether it points inside the site. Pages live on a made-up origin below the path of the site's
 * public base URL ({@code /blog/} for {@code https://example.org/blog/}), so a root-relative link
 * under that path ({@code /blog/2020/x/}) names the file {@code 2020/x/} of the built folder, as it
 * will once published (#11). A root-relative link outside that path is looked up from the folder's
 * root as it is. Absolute links under the public base URL count as internal too.
 */
final class UrlResolver {
  private static final String SITE_HOST = "site.invalid";
  private static final String KEPT = "-._~:/?#@!$&'()*+,;=";

  private final URI publicBase;

  /** Where the site's root is on its host: {@code /}, or {@code /blog/} (raw, percent-encoded). */
  private final String basePath;

  /**
   * @param publicBase the site's public base URL, ending in {@code /}, or {@code null} when unknown
   */
  UrlResolver(URI publicBase) {
    this.publicBase = publicBase;
    this.basePath = publicBase == null ? "/" : publicBase.getRawPath();
  }

  /**
   * Resolves {@code url} found in the page at {@code pagePath} (relative to the site, with {@code
   * /}), whose {@code <base href>} is {@code baseHref} if it has one.
   */
  Target resolve(String pagePath, Optional<String> baseHref, String url) {
    URI page;
    try {
      page = new URI("http", SITE_HOST, decodedBasePath() + pagePath, null);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("page path " + pagePath, e);
    }
    URI docBase = page;
    if (baseHref.isPresent()) {
      Optional<URI> b = parse(baseHref.get().strip());
      if (b.isPresent()) {
        docBase = page.resolve(b.get());
      }
    }
    Optional<URI> parsed = parse(url);
    if (parsed.isEmpty()) {
      return new Target.Unusable("not a URL");
    }
    URI ref = parsed.get();
    URI resolved =
        url.startsWith("?")
            ? URI.create(
                docBase.getScheme()
                    + "://"
                    + docBase.getRawAuthority()
                    + docBase.getRawPath()
                    + url)
            : docBase.resolve(ref);
    String scheme =
        resolved.getScheme() == null ? "" : resolved.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && SITE_HOST.equals(resolved.getHost())) {
      return internal(belowBase(resolved.getRawPath()), resolved.getRawFragment());
    }
    if (publicBase != null && isUnderPublicBase(resolved, scheme)) {
      String rest = resolved.getRawPath().substring(publicBase.getRawPath().length());
      return internal("/" + rest, resolved.getRawFragment());
    }
    if (scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp")) {
      return new Target.External(resolved.toString());
    }
    return new Target.OtherScheme(scheme);
  }

  /** A path on the site's host as a path of the built folder. */
  private String belowBase(String rawPath) {
    if (rawPath == null || basePath.equals("/")) {
      return rawPath;
    }
    if (rawPath.startsWith(basePath)) {
      return rawPath.substring(basePath.length() - 1);
    }
    // "/blog" is where a server sends to "/blog/"
    return rawPath.equals(basePath.substring(0, basePath.length() - 1)) ? "/" : rawPath;
  }

  private String decodedBasePath() {
    return publicBase == null ? "/" : publicBase.getPath();
  }

  private boolean isUnderPublicBase(URI u, String scheme) {
    return (scheme.equals("http") || scheme.equals("https"))
        && u.getHost() != null
        && u.getHost().equalsIgnoreCase(publicBase.getHost())
        && port(u) == port(publicBase)
        && u.getRawPath() != null
        && u.getRawPath().startsWith(publicBase.getRawPath());
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  private static Target internal(String rawPath, String rawFragment) {
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    // RFC 3986 §5.2.4: ".." above the root is dropped, as browsers do; java.net.URI keeps it.
    while (path.startsWith("/../")) {
      path = path.substring(3);
    }
    if (path.equals("/..")) {
      path = "/";
    }
    Optional<String> decodedPath = decode(path);
    if (decodedPath.isEmpty()) {
      return new Target.Unusable("its path is not percent-encoded UTF-8");
    }
    String fragment = rawFragment == null ? "" : decode(rawFragment).orElse(rawFragment);
    return new Target.Internal(decodedPath.get(), fragment);
  }

  /**
   * Parses a URL as browsers accept it: characters a URI may not hold (spaces, non-ASCII, a second
   * {@code #}, a lone {@code %}) are percent-encoded first.
   */
  static Optional<URI> parse(String url) {
    StringBuilder out = new StringBuilder(url.length() + 16);
    boolean seenHash = false;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      boolean kept = c < 0x80 && (Character.isLetterOrDigit(c) || KEPT.indexOf(c) >= 0);
      if (c == '#') {
        kept = !seenHash;
        seenHash = true;
      }
      if (c == '%' && isHex(url, i + 1) && isHex(url, i + 2)) {
        kept = true;
      }
      if (kept) {
        out.append(c);
      } else {
        int cp = url.codePointAt(i);
        if (Character.isSupplementaryCodePoint(cp)) {
          i++;
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
      }
    }
    try {
      return Optional.of(new URI(out.toString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }

  /** Percent-decodes UTF-8; {@code +} stays a plus, as it does in a path. */
  static Optional<String> decode(String s) {
    if (s.indexOf('%') < 0) {
      return Optional.of(s);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        int cp = s.codePointAt(i);
        byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(b, 0, b.length);
        i += Character.charCount(cp) - 1;
      }
    }
    return Utf8.decode(bytes.toByteArray());
  }
}
