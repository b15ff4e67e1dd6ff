package dev.tinta.templates;

import java.util.Locale;

/**
 * CLDR's cardinal plural rules (CLDR 44) for whole numbers, the only counts UI strings show
 * (comments, posts, minutes): which of {@code zero one two few many other} a count takes in a
 * language. Languages without an entry here take English's rule ({@code one} for 1).
 *
 * <p>Our own small class rather than ICU4J: ICU4J is a 14 MB jar that every start of tinta would
 * open, for these few lines per language; {@code PluralRulesTest} checks each rule on the CLDR
 * examples.
 */
final class PluralRules {
  private PluralRules() {}

  /** The CLDR category of the whole number {@code n} in {@code locale}'s language. */
  static String category(Locale locale, long n) {
    long i = Math.abs(n);
    String lang = locale.getLanguage();
    return switch (lang) {
      // no plural forms
      case "id", "ms", "zh", "ja", "ko", "th", "vi", "lo", "my", "km", "yo", "ig", "jv", "su" ->
          "other";
      case "fr" -> i == 0 || i == 1 ? "one" : million(i) ? "many" : "other";
      case "es", "it", "ca" -> i == 1 ? "one" : million(i) ? "many" : "other";
      case "pt" ->
          (locale.getCountry().equals("PT") ? i == 1 : i <= 1)
              ? "one"
              : million(i) ? "many" : "other";
      case "ru", "uk", "be" -> slavic(i);
      case "pl" -> i == 1 ? "one" : few(i) ? "few" : "many";
      case "cs", "sk" -> i == 1 ? "one" : i >= 2 && i <= 4 ? "few" : "other";
      case "ar" -> arabic(i);
      case "he", "iw" -> i == 1 ? "one" : i == 2 ? "two" : "other";
      default -> i == 1 ? "one" : "other";
    };
  }

  /** e = 0 and i != 0 and i % 1000000 = 0 */
  private static boolean million(long i) {
    return i != 0 && i % 1_000_000 == 0;
  }

  /** i % 10 = 2..4 and i % 100 != 12..14 */
  private static boolean few(long i) {
    long d = i % 10;
    long h = i % 100;
    return d >= 2 && d <= 4 && !(h >= 12 && h <= 14);
  }

  private static String slavic(long i) {
    long d = i % 10;
    long h = i % 100;
    if (d == 1 && h != 11) {
      return "one";
    }
    return few(i) ? "few" : "many";
  }

  private static String arabic(long i) {
    long h = i % 100;
    if (i == 0) {
      return "zero";
    } else if (i == 1) {
      return "one";
    } else if (i == 2) {
      return "two";
    } else if (h >= 3 && h <= 10) {
      return "few";
    } else if (h >= 11) {
      return "many";
    }
    return "other";
  }
}
