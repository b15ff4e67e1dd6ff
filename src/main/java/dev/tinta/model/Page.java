package dev.tinta.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone page from {@code content/pages/} (About), published at {@code /<slug>/}.
 *
 * @param file path relative to the site, with forward slashes
 * @param aliases old site paths that redirect here, from {@code aliases} or {@code redirect_from}
 * @param bodyLine 1-based line of the file where the Markdown body starts
 */
public record Page(
    String file,
    String slug,
    String title,
    String lang,
    boolean draft,
    String layout,
    List<String> aliases,
    Map<String, Object> extra,
    String markdown,
    int bodyLine) {

  public Page {
    Objects.requireNonNull(file);
    Objects.requireNonNull(slug);
    Objects.requireNonNull(title);
    Objects.requireNonNull(lang);
    Objects.requireNonNull(layout);
    Objects.requireNonNull(markdown);
    aliases = List.copyOf(aliases);
    // Map.copyOf would lose the author's order, and its order changes from one JVM run to the next
    extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }
}
