/**
 * The only writer of the built site: stages into a sibling folder and swaps it in, so a failed
 * build keeps the last good site; unchanged files keep their identity.
 */
package dev.tinta.output;
