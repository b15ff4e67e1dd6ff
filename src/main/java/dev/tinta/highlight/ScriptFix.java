package dev.tinta.highlight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * JavaScript and TypeScript beyond the token maker: BigInt ({@code 0n}) and {@code 1_000}, and
 * TypeScript's words it does not know ({@code type}, {@code as}, {@code bigint}...).
 */
final class ScriptFix implements Fix {
  /** TypeScript's keywords and types that its token maker leaves as identifiers. */
  static final Map<String, String> TYPESCRIPT = typescript();

  private final Map<String, String> words;

  ScriptFix(Map<String, String> words) {
    this.words = words;
  }

  private static Map<String, String> typescript() {
    Map<String, String> m = new HashMap<>();
    for (String k :
        List.of(
            "type",
            "as",
            "keyof",
            "readonly",
            "declare",
            "namespace",
            "satisfies",
            "infer",
            "is",
            "abstract",
            "implements",
            "enum",
            "private",
            "protected",
            "public")) {
      m.put(k, "k");
    }
    for (String t : List.of("bigint", "unknown", "never", "symbol", "object", "any", "void")) {
      m.put(t, "kt");
    }
    return Map.copyOf(m);
  }

  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    if (type == TokenTypes.IDENTIFIER && !words.isEmpty()) {
      return words.getOrDefault(Scan.text(cs, start, end), standard);
    }
    return Scan.numberClass(cs, start, end, type, standard);
  }
}
