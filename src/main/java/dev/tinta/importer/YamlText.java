package dev.tinta.importer;

import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes front matter and {@code site.yaml} with snakeyaml-engine, which quotes whatever a reader
 * would take for another type ({@code "true"}, {@code "2010"}) and escapes what must be.
 */
final class YamlText {
  private static final Dump DUMP =
      new Dump(
          DumpSettings.builder()
              .setDefaultFlowStyle(FlowStyle.BLOCK)
              .setSplitLines(false)
              .setWidth(Integer.MAX_VALUE)
              .setIndentWithIndicator(true)
              .setIndicatorIndent(2)
              .setUseUnicodeEncoding(true)
              .build());

  private YamlText() {}

  /** A mapping in block style, keys in the map's order. */
  static String of(Map<String, Object> values) {
    return DUMP.dumpToString(values);
  }

  /** A Markdown file: front matter between {@code ---} lines, then the body. */
  static String document(Map<String, Object> frontMatter, String body) {
    return "---\n" + of(frontMatter) + "---\n\n" + body;
  }
}
