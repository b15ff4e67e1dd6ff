package dev.tinta.serve;

/**
 * The script the dev server adds to every page: it listens on {@link LiveReload#PATH} and reloads
 * the page on a {@code reload} event, or only re-fetches the stylesheets on a {@code css} event, so
 * the reader keeps the scroll position while styles are tuned.
 */
final class ReloadScript {
  /** The {@code <script>} element, marked with {@code data-tinta-reload}. */
  static final String TAG =
      """
      <script data-tinta-reload>
      (function () {
        var source = new EventSource("%s");
        source.addEventListener("reload", function () { location.reload(); });
        source.addEventListener("css", function () {
          var stamp = String(Date.now());
          document.querySelectorAll('link[rel~="stylesheet"]').forEach(function (link) {
            var url = new URL(link.href, location.href);
            url.searchParams.set("tinta-reload", stamp);
            link.href = url.href;
          });
        });
      })();
      </script>
      """
          .formatted(LiveReload.PATH);

  private ReloadScript() {}
}
