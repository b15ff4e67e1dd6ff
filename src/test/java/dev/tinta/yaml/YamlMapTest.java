package dev.tinta.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class YamlMapTest {
  final Problems problems = new Problems();

  YamlMap map(String yaml) {
    return new YamlReader().readMap("a.md", yaml, 1, problems).orElseThrow();
  }

  List<String> printed() {
    return problems.list().stream().map(Problem::format).toList();
  }

  @Test
  void textGivesScalarsAsWritten() {
    YamlMap y = map("title: Hello\nyear: 2010\nflag: true\nempty:\nlist: [a]\n");
    assertThat(y.text("title")).hasValue("Hello");
    assertThat(y.text("year")).hasValue("2010");
    assertThat(y.text("flag")).hasValue("true");
    assertThat(y.text("empty")).isEmpty();
    assertThat(y.text("absent")).isEmpty();
    assertThat(y.has("empty")).isFalse();
    assertThat(y.has("title")).isTrue();
    assertThat(y.text("list")).isEmpty();
    assertThat(printed()).containsExactly("a.md:6:7: error: 'list' must be text, not a list");
  }

  @Test
  void requiredTextReportsAbsenceAtTheMappingAndEmptinessAtTheValue() {
    YamlMap y = map("date: 2010-08-31\ntitle: '  '\n");
    assertThat(y.requiredText("author", "author: Marissa")).isEmpty();
    assertThat(y.requiredText("title", "title: Hello")).isEmpty();
    assertThat(printed())
        .containsExactly(
            "a.md:2:1: error: missing required field 'author' (hint: author: Marissa)",
            "a.md:3:8: error: 'title' must not be empty (hint: title: Hello)");
  }

  @Test
  void textListWantsAList() {
    YamlMap y = map("tags: [a, ' b ', c]\none: networking\nnested: [a, [b]]\n");
    assertThat(y.textList("tags")).hasValue(List.of("a", " b ", "c"));
    assertThat(y.textList("one")).isEmpty();
    assertThat(y.textList("nested")).hasValue(List.of("a"));
    assertThat(printed())
        .containsExactly(
            "a.md:3:6: error: 'one' must be a list, not a single value (hint: one: [a, b])",
            "a.md:4:13: error: items of 'nested' must be text, not a list");
  }

  @Test
  void boolAcceptsOnlyYaml12Booleans() {
    YamlMap y = map("a: true\nb: False\nc: \"yes\"\nd: yes\ne: 1\n");
    assertThat(y.bool("a")).hasValue(true);
    assertThat(y.bool("b")).hasValue(false);
    assertThat(y.bool("c")).isEmpty();
    assertThat(y.bool("d")).isEmpty();
    assertThat(y.bool("e")).isEmpty();
    assertThat(printed())
        .containsExactly(
            "a.md:4:4: error: 'c' must be true or false (hint: c: true)",
            "a.md:5:4: error: 'd' must be true or false (hint: d: true)",
            "a.md:6:4: error: 'e' must be true or false (hint: e: true)");
  }

  @Test
  void integerWithinBounds() {
    YamlMap y = map("a: 3\nb: 0\nc: three\nd: 99999999999\n");
    assertThat(y.integer("a", 1, 10)).hasValue(3);
    assertThat(y.integer("b", 1, 10)).isEmpty();
    assertThat(y.integer("c", 1, 10)).isEmpty();
    assertThat(y.integer("d", 1, 10)).isEmpty();
    assertThat(printed())
        .containsExactly(
            "a.md:3:4: error: 'b' must be a whole number from 1 to 10 (hint: b: 1)",
            "a.md:4:4: error: 'c' must be a whole number from 1 to 10 (hint: c: 1)",
            "a.md:5:4: error: 'd' must be a whole number from 1 to 10 (hint: d: 1)");
  }

  @Test
  void nestedMapsKeepFilePositions() {
    YamlMap y = map("source:\n  title: x\n  url: [1]\nflat: 1\n");
    YamlMap source = y.map("source").orElseThrow();
    assertThat(source.text("title")).hasValue("x");
    assertThat(source.text("url")).isEmpty();
    assertThat(y.map("flat")).isEmpty();
    assertThat(printed())
        .containsExactly(
            "a.md:4:8: error: 'url' must be text, not a list",
            "a.md:5:7: error: 'flat' must be a mapping of keys to values, not a single value");
    assertThat(y.keyPosition("flat")).isEqualTo(new YamlPosition(5, 1));
    assertThat(y.position("flat")).isEqualTo(new YamlPosition(5, 7));
    assertThat(y.position("absent")).isEqualTo(new YamlPosition(2, 1));
  }

  @Test
  void mapListReadsEveryEntry() {
    YamlMap y = map("items:\n  - id: a\n  - oops\n  - id: b\n");
    List<YamlMap> items = y.mapList("items").orElseThrow();
    assertThat(items).extracting(m -> m.text("id").orElseThrow()).containsExactly("a", "b");
    assertThat(printed()).containsExactly("a.md:4:5: error: expected a mapping of keys to values");
  }

  @Test
  void plainGivesTemplatesJavaValues() {
    YamlMap y =
        map(
            "title: x\ncount: 3\nratio: 0.5\nok: true\nnone:\nlist: [a, 2, ~]\n"
                + "map: {k: v, n: ~}\nbig: 99999999999999999999\n");
    Map<String, Object> plain = y.plain(Set.of("title"));
    assertThat(plain)
        .containsExactly(
            Map.entry("count", 3L),
            Map.entry("ratio", 0.5),
            Map.entry("ok", true),
            Map.entry("list", List.of("a", 2L)),
            Map.entry("map", Map.of("k", "v")),
            Map.entry("big", "99999999999999999999"));
  }
}
