package dev.tinta.templates;

import freemarker.core.Environment;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.utility.DeepUnwrap;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Functions templates call, localized by the page's language (the environment's locale): {@code
 * t("key", args...)} and {@code date(value, "full")}.
 */
final class TemplateFunctions {
  private TemplateFunctions() {}

  /** {@code t("comments.count", 2)}: a UI string in the page's language. */
  static TemplateMethodModelEx translate(Messages messages) {
    return args -> {
      if (args.isEmpty()) {
        throw new TemplateModelException("t(key, args...) needs a key");
      }
      String key = String.valueOf(unwrap(args.get(0)));
      Object[] rest = new Object[args.size() - 1];
      for (int i = 1; i < args.size(); i++) {
        Object v = unwrap(args.get(i));
        rest[i - 1] = args.get(i) instanceof TemplateNumberModel n ? n.getAsNumber() : v;
      }
      try {
        return messages.format(locale(), key, rest);
      } catch (IllegalArgumentException e) {
        throw new TemplateModelException(
            "the i18n text of '" + key + "' is not a valid message pattern: " + e.getMessage());
      }
    };
  }

  /**
   * {@code date(post.date, "full")}: styles {@code full} (Selasa, 31 Agustus 2010), {@code long},
   * {@code medium}, {@code short}, {@code month} (Agustus 2010), {@code time} (10.15), {@code iso}
   * (for {@code datetime} attributes), or a {@link DateTimeFormatter} pattern.
   */
  static TemplateMethodModelEx date() {
    // formatters are immutable; building one (a localized pattern lookup) costs more than using it
    Map<Locale, Map<String, DateTimeFormatter>> formatters = new ConcurrentHashMap<>();
    return args -> {
      if (args.size() != 2 || !(unwrap(args.get(0)) instanceof ZonedDateTime value)) {
        throw new TemplateModelException("date(dateValue, style) needs a date and a style");
      }
      String style = String.valueOf(unwrap(args.get(1)));
      Locale locale = locale();
      try {
        return formatters
            .computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
            .computeIfAbsent(style, s -> formatter(s, locale))
            .format(value);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw new TemplateModelException(
            "date style '"
                + style
                + "' is not full, long, medium, short, month, time, iso or a"
                + " valid date pattern: "
                + e.getMessage());
      }
    };
  }

  static DateTimeFormatter formatter(String style, Locale locale) {
    return switch (style) {
      case "full" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
      case "long" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
      case "medium" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
      case "short" -> DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
      case "time" -> DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
      case "month" -> DateTimeFormatter.ofPattern("LLLL yyyy", locale);
      case "iso" -> DateTimeFormatter.ISO_OFFSET_DATE_TIME;
      default -> DateTimeFormatter.ofPattern(style, locale);
    };
  }

  private static Locale locale() {
    Environment env = Environment.getCurrentEnvironment();
    return env == null ? Locale.ROOT : env.getLocale();
  }

  private static Object unwrap(Object model) throws TemplateModelException {
    return model instanceof TemplateModel m ? DeepUnwrap.unwrap(m) : model;
  }

  static List<String> names() {
    return List.of("t", "date");
  }
}
