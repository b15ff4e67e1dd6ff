package dev.tinta.templates;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UI strings per language from {@code templates/i18n/<lang>.properties}, formatted by {@link
 * MessageFormat}, with plural forms in ICU's syntax ({@code {0,plural,=0{No comments yet} one{#
 * comment} other{# comments}}}, by CLDR's rules: {@link PluralRules}) or as choice patterns.
 * Lookups fall back from {@code id-ID} to {@code id} to {@code en}, then to the key itself.
 */
final class Messages {
  private final Map<String, Map<String, String>> byLanguage;

  /** Parsed patterns by language and pattern; formatting uses a clone, as formats are mutable. */
  private final Map<Locale, Map<String, MessageFormat>> parsed = new ConcurrentHashMap<>();

  /**
   * Formatted messages by language, then pattern and arguments: a site prints the same few ("3
   * comments", "Page 2 of 40") on thousands of pages, and MessageFormat is slow. Only texts and
   * numbers are keys, so a key's equality is its value's.
   */
  private final Map<Locale, Map<List<Object>, String>> formatted = new ConcurrentHashMap<>();

  private Messages(Map<String, Map<String, String>> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /** Reads every {@code <lang>.properties} of the theme's {@code i18n/} folder. */
  static Messages of(Map<String, byte[]> files) {
    Map<String, Map<String, String>> all = new HashMap<>();
    files.forEach(
        (name, bytes) -> {
          if (name.endsWith(".properties") && !name.contains("/")) {
            Properties p = new Properties();
            String text = new String(bytes, StandardCharsets.UTF_8);
            try {
              p.load(new StringReader(text));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
              // Properties' only complaint: a \\u not followed by four hex digits (#11 fuzz)
              throw new SiteException(badEscape(name, text));
            }
            Map<String, String> map = new HashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            all.put(name.substring(0, name.length() - ".properties".length()), Map.copyOf(map));
          }
        });
    return new Messages(all);
  }

  /**
   * Where a properties file has a {@code \\u} escape without four hex digits. Only a site's own
   * file can: the default theme's are read in the tests.
   */
  static Problem badEscape(String name, String text) {
    String file = TemplateRenderer.FOLDER + "/i18n/" + name;
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.stripLeading();
      if (trimmed.startsWith("#") || trimmed.startsWith("!")) {
        continue;
      }
      for (int c = 0; c < line.length() - 1; c++) {
        if (line.charAt(c) != '\\') {
          continue;
        }
        if (line.charAt(c + 1) == 'u' && !fourHexDigits(line, c + 2)) {
          return Problem.at(file, i + 1, c + 1, "malformed \\uXXXX escape")
              .withHint("\\u and four hex digits, such as \\u00e9; \\\\ for a backslash");
        }
        c++; // the escaped character
      }
    }
    return Problem.inFile(file, "malformed \\uXXXX escape")
        .withHint("\\u and four hex digits, such as \\u00e9; \\\\ for a backslash");
  }

  private static boolean fourHexDigits(String line, int from) {
    if (line.length() < from + 4) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(line.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The pattern of {@code key} for a language, formatted with {@code args}. */
  String format(Locale locale, String key, Object... args) {
    String pattern = resolved(locale, key, args);
    if (args.length == 0 && !pattern.contains("'")) {
      return pattern;
    }
    if (!plainValues(args)) {
      return formatNow(locale, pattern, args);
    }
    Object[] patternAndArgs = new Object[args.length + 1];
    patternAndArgs[0] = pattern;
    System.arraycopy(args, 0, patternAndArgs, 1, args.length);
    return formatted
        .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
        .computeIfAbsent(List.of(patternAndArgs), k -> formatNow(locale, pattern, args));
  }

  /**
   * {@link #format} without remembering the result: for a server's texts about one request or one
   * comment (a name, a signed link), whose values do not repeat and would only fill the cache of a
   * process that runs for months.
   */
  String formatOnce(Locale locale, String key, Object... args) {
    String pattern = resolved(locale, key, args);
    return args.length == 0 && !pattern.contains("'") ? pattern : formatNow(locale, pattern, args);
  }

  /** The pattern of {@code key} for a language, its plural blocks resolved for {@code args}. */
  private String resolved(Locale locale, String key, Object[] args) {
    String raw = pattern(locale, key);
    return PluralPattern.has(raw) ? PluralPattern.resolve(raw, locale, args) : raw;
  }

  private String formatNow(Locale locale, String pattern, Object... args) {
    MessageFormat format =
        parsed
            .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(pattern, p -> new MessageFormat(p, locale));
    return ((MessageFormat) format.clone()).format(args);
  }

  private static boolean plainValues(Object[] args) {
    for (Object a : args) {
      if (!(a instanceof String
          || a instanceof Integer
          || a instanceof Long
          || a instanceof java.math.BigDecimal)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a bundle exists for the language of {@code locale} (its tag or its language). */
  boolean hasLanguage(Locale locale) {
    return byLanguage.containsKey(locale.toLanguageTag())
        || byLanguage.containsKey(locale.getLanguage());
  }

  boolean has(Locale locale, String key) {
    return !pattern(locale, key).equals(key);
  }

  private String pattern(Locale locale, String key) {
    String tag = locale.toLanguageTag();
    for (String lang : new String[] {tag, locale.getLanguage(), "en"}) {
      Map<String, String> m = byLanguage.get(lang);
      if (m != null && m.containsKey(key)) {
        return m.get(key);
      }
    }
    return key;
  }
}
