/**
 * The dev server behind {@code tinta serve}: builds into a temporary folder, serves it over HTTP,
 * watches the site for changes, rebuilds, and reloads the browser over Server-Sent Events; a failed
 * rebuild keeps the last good pages and shows the problems in the page. Entry: {@link
 * dev.tinta.serve.DevServer}. Its {@link dev.tinta.serve.SiteWatcher} also tells the comment
 * server's publisher when {@code content/comments/} changes.
 */
package dev.tinta.serve;
