/**
 * Text helpers every stage shares: strict UTF-8 decoding, the date forms authors write, JSON
 * strings.
 */
package dev.tinta.text;
