/**
 * Markdown with commonmark-java (CommonMark + GFM extensions, footnotes): to its syntax tree, or to
 * HTML.
 */
package dev.tinta.markdown;
