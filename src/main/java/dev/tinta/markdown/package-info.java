/** Markdown to HTML with commonmark-java (CommonMark + GFM extensions, footnotes). */
package dev.tinta.markdown;
