package dev.tinta.intake;

import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /healthz} (200 while the server runs) and the theme files the server's own pages load
 * ({@code /style.css}, {@code /favicon.svg}): the pages may load nothing from another origin.
 */
final class SmallRoutes extends Handler.Abstract {
  private static final Map<String, String> TYPES =
      Map.of("style.css", "text/css; charset=utf-8", "favicon.svg", "image/svg+xml");

  private final Map<String, byte[]> themeFiles;

  /**
   * @param themeFiles the theme's static files by relative path
   */
  SmallRoutes(Map<String, byte[]> themeFiles) {
    this.themeFiles = themeFiles;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String name = path.startsWith("/") ? path.substring(1) : path;
    boolean health = path.equals("/healthz");
    if (!health && !(TYPES.containsKey(name) && themeFiles.containsKey(name))) {
      return false;
    }
    if (!request.getMethod().equals("GET")) {
      Http.methodNotAllowed(response, callback, "GET");
    } else if (health) {
      Http.text(response, callback, 200, "ok");
    } else {
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=3600");
      Http.send(response, callback, 200, TYPES.get(name), themeFiles.get(name));
    }
    return true;
  }
}
