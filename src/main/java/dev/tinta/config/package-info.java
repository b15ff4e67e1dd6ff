/** Reads the site's settings, {@code site.yaml}, into a {@link dev.tinta.model.SiteConfig}. */
package dev.tinta.config;
