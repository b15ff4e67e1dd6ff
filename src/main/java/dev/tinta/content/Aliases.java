package dev.tinta.content;

import dev.tinta.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the old URLs of a post or page: {@code aliases} (Hugo's name) or {@code redirect_from}
 * (Jekyll's), one path or a list. Each must be a site path starting with {@code /}; a path without
 * a file extension names a folder and gets its closing {@code /}.
 */
final class Aliases {
  static final String HINT = "aliases: [/2010/08/old-name.html, /old/]";

  private Aliases() {}

  static List<String> read(YamlMap y) {
    Set<String> out = new LinkedHashSet<>();
    for (String key : List.of("aliases", "redirect_from")) {
      for (String raw : y.textOrList(key).orElse(List.of())) {
        Optional<String> path = normalize(raw.strip());
        if (path.isEmpty()) {
          y.report(
              key,
              "'" + raw + "' is not a site path (it must start with / and hold no ?, # or ..)",
              HINT);
        } else {
          out.add(path.get());
        }
      }
    }
    return new ArrayList<>(out);
  }

  /** The alias as a site path, or empty when it is not one. */
  static Optional<String> normalize(String alias) {
    if (!alias.startsWith("/") || alias.startsWith("//") || alias.length() > 2000) {
      return Optional.empty();
    }
    for (int i = 0; i < alias.length(); i++) {
      char c = alias.charAt(i);
      if (c == '?' || c == '#' || c == '\\' || c == '"' || c == '<' || c == '>' || c < 0x20) {
        return Optional.empty();
      }
    }
    String padded = alias + "/";
    if (padded.contains("/../") || padded.contains("/./") || alias.contains("//")) {
      return Optional.empty();
    }
    if (alias.equals("/")) {
      return Optional.empty();
    }
    if (alias.endsWith("/index.html")) {
      // the folder's page: one claim for /old/ and /old/index.html
      return normalize(alias.substring(0, alias.length() - "index.html".length()));
    }
    String last = alias.substring(alias.lastIndexOf('/') + 1);
    return Optional.of(last.isEmpty() || last.contains(".") ? alias : alias + "/");
  }
}
