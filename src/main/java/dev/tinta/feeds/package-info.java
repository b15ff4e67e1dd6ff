/**
 * Machine-readable site files, one class each behind {@link dev.tinta.feeds.SiteDocument}: Atom,
 * RSS 2.0, JSON Feed, sitemap, robots.txt.
 */
package dev.tinta.feeds;
