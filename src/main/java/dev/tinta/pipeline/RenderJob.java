package dev.tinta.pipeline;

import java.util.Locale;
import java.util.Map;

/**
 * One HTML page to render.
 *
 * @param url the page's site path ({@code /tags/java/}); the file is derived from it
 * @param layout the template under {@code templates/layouts/}
 * @param model what the template sees, besides the values every page gets
 */
record RenderJob(String url, String layout, Locale locale, Map<String, Object> model) {}
