/**
 * Reads posts and pages: strict UTF-8, YAML front matter between {@code ---} lines, typed fields,
 * every mistake reported at file:line:col.
 */
package dev.tinta.content;
