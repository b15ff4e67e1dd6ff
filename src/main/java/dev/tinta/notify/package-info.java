/**
 * Telling the blog's owner about new comments (issue #13): a batched mail over SMTP with signed,
 * expiring per-comment links, the page those links open ({@code /admin/m/{token}}: GET shows, only
 * POST acts), and a private Atom feed of the pending queue. Mounted as one route group of the
 * comment server.
 */
package dev.tinta.notify;
