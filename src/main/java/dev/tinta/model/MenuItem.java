package dev.tinta.model;

import java.util.Objects;

/**
 * One entry of the site's navigation ({@code menu:} in {@code site.yaml}).
 *
 * @param label the text of the link
 * @param page the slug of the page it links to, or empty for a {@code url} entry
 * @param href a site path ({@code /tentang/}), put after the site's root in templates, or an
 *     absolute URL when {@code external}
 * @param external whether {@code href} is an absolute URL to another site
 * @param line the entry's line in {@code site.yaml}, for problems
 * @param column its column
 */
public record MenuItem(
    String label, String page, String href, boolean external, int line, int column) {
  public MenuItem {
    Objects.requireNonNull(label);
    Objects.requireNonNull(page);
    Objects.requireNonNull(href);
  }

  /** An entry for the page with slug {@code page}, published at {@code /<page>/}. */
  public static MenuItem page(String label, String page, int line, int column) {
    return new MenuItem(label, page, "/" + page + "/", false, line, column);
  }

  /** An entry for a URL: absolute ({@code https://...}) or a site path ({@code /tags/}). */
  public static MenuItem url(String label, String url, int line, int column) {
    return new MenuItem(label, "", url, !url.startsWith("/"), line, column);
  }
}
