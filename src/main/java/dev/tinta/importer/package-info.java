/**
 * {@code tinta import}: reads another blog's export or source folder (Blogger, WordPress, Disqus,
 * Jekyll, Hugo) through one {@link dev.tinta.importer.Importer} per kind into immutable records,
 * which {@link dev.tinta.importer.ImportWriter} writes into a site: staged in a temporary folder,
 * moved into place only when everything succeeded, comments through {@code dev.tinta.comments}.
 */
package dev.tinta.importer;
