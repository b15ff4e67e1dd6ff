package dev.tinta.templates;

import dev.tinta.model.Page;
import dev.tinta.model.Post;
import dev.tinta.model.SiteConfig;
import dev.tinta.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Warnings for languages the theme has no UI strings for: a Chinese blog would otherwise get
 * English "Older posts" silently. One warning per missing language, at the first file that uses it.
 */
final class LanguageWarnings {
  private LanguageWarnings() {}

  static List<Problem> of(
      Messages messages, SiteConfig config, List<Post> posts, List<Page> pages) {
    // language -> files using it, in a fixed order: the site first, then sources by path
    Map<String, List<String>> missing = new TreeMap<>();
    Map<String, String> byFile = new TreeMap<>();
    posts.forEach(p -> byFile.put(p.file(), p.lang()));
    pages.forEach(p -> byFile.put(p.file(), p.lang()));
    List<Problem> out = new ArrayList<>();
    if (!messages.hasLanguage(Locale.forLanguageTag(config.language()))) {
      out.add(warning("site.yaml", config.language(), 0));
    }
    byFile.forEach(
        (file, lang) -> {
          if (!lang.equals(config.language())
              && !messages.hasLanguage(Locale.forLanguageTag(lang))) {
            missing.computeIfAbsent(lang, k -> new ArrayList<>()).add(file);
          }
        });
    missing.forEach((lang, files) -> out.add(warning(files.get(0), lang, files.size() - 1)));
    return out;
  }

  private static Problem warning(String file, String lang, int more) {
    String tag = Locale.forLanguageTag(lang).getLanguage();
    return Problem.warningAt(
            file,
            0,
            0,
            "no UI strings for language '"
                + lang
                + "'"
                + (more == 1
                    ? " (and 1 more file)"
                    : more > 1 ? " (and " + more + " more files)" : "")
                + "; its pages show English ones")
        .withHint(
            "add templates/i18n/"
                + tag
                + ".properties, with the keys of the default theme's"
                + " en.properties");
  }
}
