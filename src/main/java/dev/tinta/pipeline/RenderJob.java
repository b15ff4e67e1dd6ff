package dev.tinta.pipeline;

import dev.tinta.model.PageModel;
import java.util.Locale;

/**
 * One HTML page to render.
 *
 * @param layout the template under {@code templates/layouts/}
 * @param page what the template sees; its URL names the file
 */
record RenderJob(String layout, Locale locale, PageModel page) {
  /** The page's site path ({@code /tags/java/}). */
  String url() {
    return page.frame().url();
  }
}
