package dev.tinta.admin;

/**
 * A link to one view of the moderation pages (pending, approved, spam, rejected).
 *
 * @param status the status word, also the label's key suffix ({@code admin_view_pending})
 * @param current whether this view is the one shown
 */
public record AdminTab(String status, String href, int count, boolean current) {}
