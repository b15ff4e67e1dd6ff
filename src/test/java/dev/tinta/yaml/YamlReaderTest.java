package dev.tinta.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class YamlReaderTest {
  final YamlReader reader = new YamlReader();
  final Problems problems = new Problems();

  List<String> printed() {
    return problems.list().stream().map(Problem::format).toList();
  }

  @Test
  void syntaxErrorsAreShiftedByTheLinesAboveTheYaml() {
    // Line 1 of the file is the opening ---, so YAML line 0 is file line 2.
    assertThat(reader.readMap("a.md", "title: Hello\nsummary: a: b\n", 1, problems)).isEmpty();
    assertThat(printed())
        .containsExactly("a.md:3:11: error: invalid YAML: mapping values are not allowed here");
  }

  @Test
  void unclosedFlowListPointsAtTheEnd() {
    assertThat(reader.readMap("site.yaml", "tags: [a, b\ntitle: x\n", 0, problems)).isEmpty();
    assertThat(printed())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("site.yaml:2:")
        .contains("invalid YAML:");
  }

  @Test
  void emptyDocumentIsAnEmptyMap() {
    YamlMap map = reader.readMap("a.md", "", 1, problems).orElseThrow();
    assertThat(map.keys()).isEmpty();
    assertThat(map.position()).isEqualTo(new YamlPosition(2, 1));
    assertThat(reader.readMap("a.md", "# only a comment\n", 1, problems)).isPresent();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void documentThatIsNotAMappingIsReported() {
    assertThat(reader.readMap("a.md", "- a\n- b\n", 1, problems)).isEmpty();
    assertThat(reader.readMap("b.md", "just text\n", 1, problems)).isEmpty();
    assertThat(printed())
        .containsExactly(
            "a.md:2:1: error: expected a mapping of keys to values",
            "b.md:2:1: error: expected a mapping of keys to values");
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondKey() {
    YamlMap map =
        reader.readMap("a.md", "title: A\ndate: 2010-08-31\ntitle: B\n", 1, problems).orElseThrow();
    assertThat(printed()).containsExactly("a.md:4:1: error: duplicate key 'title'");
    assertThat(map.keys()).containsExactly("title", "date");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefusedAtTheCollection() {
    // the top mapping is one level: 64 more brackets make 65
    int n = YamlReader.MAX_DEPTH;
    String deep = "a: " + "[".repeat(n) + "]".repeat(n);
    assertThat(reader.read("a.md", "x: 1\n" + deep, 1, problems)).isEmpty();
    assertThat(printed())
        .containsExactly("a.md:3:" + (3 + n) + ": error: YAML nested deeper than 64");

    String ok = "a: " + "[".repeat(n - 1) + "]".repeat(n - 1);
    assertThat(reader.read("b.md", ok, 1, new Problems())).isPresent();
  }

  @Test
  void blockNestingCountsToo() {
    StringBuilder yaml = new StringBuilder();
    for (int i = 0; i <= YamlReader.MAX_DEPTH; i++) {
      yaml.append(" ".repeat(i)).append("k:\n");
    }
    yaml.append(" ".repeat(YamlReader.MAX_DEPTH + 1)).append("k: 1\n");
    assertThat(reader.read("a.md", yaml.toString(), 0, problems)).isEmpty();
    assertThat(printed()).containsExactly("a.md:65:65: error: YAML nested deeper than 64");
  }

  @Test
  @Timeout(5)
  void bracketsAndIndentationInsideScalarsAreText() {
    // issue #11: a comment body holding code was refused as nested too deep
    String code = "[".repeat(100) + "{".repeat(100);
    String yaml =
        "body: |\n  "
            + code
            + "\n"
            + " ".repeat(200)
            + "deeply indented line\nquoted: '"
            + code
            + "'\nplain: x"
            + code.replace("{", "(")
            + "\n";
    YamlMap map = reader.readMap("a.md", yaml, 1, problems).orElseThrow();
    assertThat(printed()).isEmpty();
    assertThat(map.text("body")).hasValue(code + "\n" + " ".repeat(198) + "deeply indented line\n");
    assertThat(map.text("quoted")).hasValue(code);
  }

  @Test
  @Timeout(10)
  void aMillionOpenBracketsAreRefusedWithoutOverflowingTheStack() {
    String deep = "a: " + "[".repeat(1_000_000);
    assertThat(reader.read("a.md", deep, 0, problems)).isEmpty();
    assertThat(printed()).containsExactly("a.md:1:67: error: YAML nested deeper than 64");
  }

  @Test
  @Timeout(5)
  void billionLaughsIsRefused() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char p = (char) (c - 1);
      yaml.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append(", *")
          .append(p)
          .append("]\n");
    }
    assertThat(reader.readMap("a.md", yaml.toString(), 1, problems)).isEmpty();
    assertThat(printed())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("a.md:")
        .contains("invalid YAML");
  }

  @Test
  void documentsOverTheSizeLimitAreRefused() {
    YamlReader small = new YamlReader(100);
    assertThat(small.readMap("a.md", "title: " + "x".repeat(200) + "\n", 1, problems)).isEmpty();
    assertThat(printed())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("a.md:")
        .contains("invalid YAML");
  }
}
