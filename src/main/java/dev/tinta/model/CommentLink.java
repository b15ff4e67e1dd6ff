package dev.tinta.model;

import java.time.ZonedDateTime;

/**
 * A recent approved comment for the sidebar: who wrote on which post, linking to its anchor.
 *
 * @param url the post's site path plus the comment's {@code #fragment}
 * @param excerpt plain text, untrusted (templates escape it)
 */
public record CommentLink(
    String postTitle, String url, String author, ZonedDateTime date, String excerpt) {}
