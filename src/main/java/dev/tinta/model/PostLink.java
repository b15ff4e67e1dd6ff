package dev.tinta.model;

import java.time.ZonedDateTime;

/** What a listing of titles needs of a post (archive pages, the sidebar). */
public record PostLink(String title, String url, ZonedDateTime date, String lang) {}
