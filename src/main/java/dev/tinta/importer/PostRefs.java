package dev.tinta.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links from one imported post to another ({@code {% post_url %}}, {@code {% link %}}, Hugo's
 * {@code ref}). {@link LiquidTags} and {@link HugoShortcodes} cannot know where the target's file
 * will be (a post with files becomes a folder), so it leaves a reference that {@link ImportPlan}
 * resolves into a link relative to the linking file, which the build turns into the target's URL.
 */
final class PostRefs {
  /** Private-use characters no source holds: start, separator, end of a reference. */
  private static final char START = '\uE001';

  private static final char SEP = '\uE002';
  private static final char END = '\uE003';
  private static final Pattern REF =
      Pattern.compile(
          START + "([^" + SEP + "]*)" + SEP + "([^" + SEP + "]*)" + SEP + "([^" + END + "]*)"
              + END);

  private final Map<String, String> byKey = new HashMap<>();

  /** A reference to the source {@code ref} names; {@code tag} is the text it replaces. */
  static String ref(String ref, String tag) {
    return START + ref + SEP + tag + SEP + END;
  }

  /** The text with {@code where} ({@code file:line}) noted in each reference that has no place. */
  static String locate(String text, String where) {
    return text.indexOf(START) < 0 ? text : text.replace(SEP + "" + END, SEP + where + END);
  }

  /** The text without its references, for finding the tags that were left. */
  static String without(String text) {
    return text.indexOf(START) < 0 ? text : REF.matcher(text).replaceAll("");
  }

  /** Makes {@code sourceId} (a file of the blog folder) reachable at the site file {@code path}. */
  void add(String sourceId, String path) {
    String key = key(sourceId);
    byKey.putIfAbsent(key, path);
    byKey.putIfAbsent(key.substring(key.lastIndexOf('/') + 1), path);
  }

  /**
   * The body of the site file {@code from} with each reference a relative link; a reference to a
   * file that was not imported stays as its tag, with a warning.
   */
  String resolve(String body, String from, String origin, List<String> warnings) {
    if (body.indexOf(START) < 0) {
      return body;
    }
    Matcher m = REF.matcher(body);
    return m.replaceAll(
        r -> {
          String target = byKey.get(key(r.group(1)));
          if (target == null) {
            warnings.add(
                (r.group(3).isEmpty() ? origin : r.group(3))
                    + ": "
                    + r.group(2)
                    + " links to a file the import does not hold; left in the text");
            return Matcher.quoteReplacement(r.group(2));
          }
          Path dir = Path.of(from).getParent();
          return Matcher.quoteReplacement(
              dir.relativize(Path.of(target)).toString().replace(java.io.File.separatorChar, '/'));
        });
  }

  /** A source path without folders Jekyll and Hugo add, extension and {@code index}. */
  private static String key(String ref) {
    String k = ref.strip().replace('\\', '/');
    k = k.replaceAll("^/+", "");
    for (String prefix : List.of("content/", "_posts/", "_drafts/")) {
      if (k.startsWith(prefix)) {
        k = k.substring(prefix.length());
      }
    }
    int dot = k.lastIndexOf('.');
    if (dot > k.lastIndexOf('/')) {
      k = k.substring(0, dot);
    }
    k = k.replaceAll("/_?index$", "").replaceAll("/+$", "");
    return k.toLowerCase(Locale.ROOT);
  }
}
