/**
 * Build-time code highlighting: the source of a fenced code block becomes runs of text, each with a
 * Pygments short class name ({@code k}, {@code s}, {@code c1}, ...) or none. RSyntaxTextArea's
 * token makers do most languages, with fixes for their known gaps; YAML, TOML and diff have small
 * lexers of our own. Entry: {@link dev.tinta.highlight.Highlighter}.
 */
package dev.tinta.highlight;
