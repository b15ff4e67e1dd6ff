package dev.tinta.model;

/**
 * What {@code partials/sidebar.ftlh} sees when it is rendered, once a build.
 *
 * @param root the base URL's path without its final slash
 */
public record SidebarModel(SiteConfig site, Sidebar sidebar, String root) {}
