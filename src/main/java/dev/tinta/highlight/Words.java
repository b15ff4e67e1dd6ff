package dev.tinta.highlight;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Words a token maker leaves as identifiers but that are keywords or types today (C++11 and later,
 * for one): a class for each.
 */
final class Words implements Fix {
  /** C++11 to C++20 words the C++ token maker predates. */
  static final Words CPP =
      new Words(
          Map.of(
              "bool", "kt", "nullptr", "kc", "char8_t", "kt", "char16_t", "kt", "char32_t", "kt"),
          List.of(
              "constexpr",
              "consteval",
              "constinit",
              "noexcept",
              "override",
              "final",
              "decltype",
              "static_assert",
              "thread_local",
              "alignas",
              "alignof",
              "concept",
              "requires",
              "co_await",
              "co_return",
              "co_yield"));

  private final Map<String, String> classes;

  Words(Map<String, String> classes, List<String> keywords) {
    Map<String, String> m = new HashMap<>(classes);
    keywords.forEach(k -> m.put(k, "k"));
    this.classes = Map.copyOf(m);
  }

  @Override
  public String classOf(char[] cs, int start, int end, int type, String standard) {
    return type == TokenTypes.IDENTIFIER
        ? classes.getOrDefault(Scan.text(cs, start, end), standard)
        : standard;
  }
}
