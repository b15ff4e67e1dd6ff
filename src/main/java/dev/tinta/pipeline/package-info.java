/**
 * Orchestrates the stages: config, content, Markdown, HTML passes, comments, templates, feeds,
 * output. The only package that moves records between stages. Entry: {@link
 * dev.tinta.pipeline.SiteBuilder}.
 */
package dev.tinta.pipeline;
