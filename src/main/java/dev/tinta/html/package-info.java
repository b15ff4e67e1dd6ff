/**
 * Small, ordered jsoup passes over rendered HTML: heading anchors, table of contents, link
 * rewriting, image attributes, excerpt, word count. Entry: {@link
 * dev.tinta.html.HtmlPostProcessor}.
 */
package dev.tinta.html;
