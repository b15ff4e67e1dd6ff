/**
 * The site's search index: posts in, static files out ({@code search/index.json}, term chunks and
 * result metadata), read by the theme's {@code search.js}. Entry: {@link
 * dev.tinta.search.SearchIndex}; {@link dev.tinta.search.SiteSearch} makes its records from the
 * site's articles.
 */
package dev.tinta.search;
