/**
 * Reader comments: loads {@code content/comments/<post-slug>.yaml} into a {@link
 * dev.tinta.comments.CommentStore} that renders approved comments safely, and changes those files
 * for moderation through {@link dev.tinta.comments.CommentModerator} (locked, atomic, every other
 * byte kept). The only package that writes comment files.
 */
package dev.tinta.comments;
