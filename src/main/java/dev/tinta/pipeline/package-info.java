/**
 * Orchestrates the stages, in the order {@link dev.tinta.pipeline.SitePipeline#run} reads:
 * settings, sources, published, URLs, static files and images, bodies, listings, page plan,
 * rendered pages, documents. The only package that moves records between stages; {@link
 * dev.tinta.pipeline.Reuse} holds every decision of incremental builds. Entries: {@link
 * dev.tinta.pipeline.SiteBuilder} and {@link dev.tinta.pipeline.IncrementalBuilder}.
 */
package dev.tinta.pipeline;
