package dev.tinta.model;

/** A heading of a post for its table of contents. */
public record TocEntry(int level, String id, String text) {}
