/**
 * Moderation in the browser on the comment server, under {@code /admin}: sign-in with the admin
 * token, the queue and the other views, actions by POST with a per-session CSRF token, and
 * publishing the site again after each change ({@link dev.tinta.admin.Publisher}). Every write goes
 * through {@link dev.tinta.comments.CommentModerator}, as the command line's do.
 */
package dev.tinta.admin;
