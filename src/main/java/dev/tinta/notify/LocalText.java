package dev.tinta.notify;

import dev.tinta.templates.TemplateRenderer;
import java.util.Locale;

/**
 * The theme's UI strings ({@code i18n/*.properties}, as the moderation and intake pages use them)
 * in the site's language: what the owner's mail and a mail link's pages say.
 */
final class LocalText {
  private final TemplateRenderer templates;
  private final Locale locale;

  LocalText(TemplateRenderer templates, String language) {
    this.templates = templates;
    this.locale = Locale.forLanguageTag(language);
  }

  String get(String key, Object... args) {
    return templates.message(locale, key, args);
  }
}
