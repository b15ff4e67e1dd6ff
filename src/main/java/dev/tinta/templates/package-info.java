/**
 * Page layout with FreeMarker {@code .ftlh} templates: the site's {@code templates/} over the
 * default theme in the jar, UI strings per language, localized dates.
 */
package dev.tinta.templates;
