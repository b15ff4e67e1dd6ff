/**
 * Checks a built site: every internal link and {@code #fragment} of every HTML page must resolve to
 * a file or an element id; external links are listed, never fetched. Entry: {@link
 * dev.tinta.check.LinkChecker}.
 */
package dev.tinta.check;
