/**
 * The jsoup stage: a body's tree (built straight from Markdown's syntax tree by {@link
 * dev.tinta.html.MarkdownDom}, or parsed from rendered HTML where it cannot be), then small,
 * ordered passes over it: heading anchors, table of contents, link rewriting, image sizes and
 * variants (found through an {@link dev.tinta.html.ImageResolver}), image attributes, figures,
 * excerpt, word count; {@link dev.tinta.html.HtmlSerializer} writes it back as jsoup would. Entry:
 * {@link dev.tinta.html.HtmlPostProcessor}.
 */
package dev.tinta.html;
