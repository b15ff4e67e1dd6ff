package dev.tinta.model;

/** A tag with its page URL and the number of posts carrying it. */
public record TagRef(String name, String slug, String url, int count) {}
