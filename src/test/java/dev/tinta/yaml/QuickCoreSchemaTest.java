package dev.tinta.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.testing.Soup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/** {@link QuickCoreSchema}'s resolver gives every scalar the core schema's tag. */
class QuickCoreSchemaTest {
  private static final ScalarResolver CORE = new CoreScalarResolver(true);
  private static final ScalarResolver QUICK = new QuickCoreSchema().getScalarResolver();

  private static void assertSameTags(List<String> values) {
    for (String v : values) {
      for (boolean implicit : new boolean[] {true, false}) {
        assertThat(QUICK.resolve(v, implicit))
            .as("'%s' (implicit %s)", v, implicit)
            .isEqualTo(CORE.resolve(v, implicit));
      }
    }
  }

  @Test
  void wordsNumbersAndNulls() {
    assertSameTags(
        List.of(
            "",
            " ",
            "~",
            "null",
            "Null",
            "NULL",
            "nul",
            "nulls",
            "n",
            "true",
            "True",
            "TRUE",
            "tRUE",
            "truE",
            "false",
            "False",
            "FALSE",
            "fals",
            "falsey",
            "t",
            "f",
            "yes",
            "no",
            "on",
            "off",
            "0",
            "-0",
            "+12",
            "007",
            "0o17",
            "0o18",
            "0x1F",
            "0xg",
            "1e5",
            "1E-5",
            "-1.5e+3",
            ".5",
            "5.",
            ".",
            "-",
            "+",
            "-.inf",
            "+.Inf",
            ".INF",
            ".nan",
            ".NaN",
            ".NAN",
            "nan",
            "inf",
            "1_000",
            "1,000",
            "12:30",
            "2010-08-31",
            "2010-08-31T10:15:00+07:00",
            "<<",
            "<",
            "${HOME}",
            "$",
            "\0",
            "title",
            "tags",
            "date",
            "approved",
            "c1",
            "Selasa, 31 Agustus 2010",
            "0xdeadBEEF",
            "1.2.3",
            "0b101",
            "--1",
            "+-1"));
  }

  @Test
  void everyWordOfEveryYamlFileHere() throws IOException {
    List<String> values = new ArrayList<>();
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources"), Path.of("."))) {
      try (Stream<Path> walk = Files.walk(root, root.toString().equals(".") ? 1 : 20)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
          String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          for (String word : text.split("[\\s:,\\[\\]{}\"']+")) {
            values.add(word);
          }
        }
      }
    }
    assertThat(values).hasSizeGreaterThan(500);
    assertSameTags(values);
  }

  @Test
  void randomScalars() {
    assertSameTags(
        Soup.of(
            20100831, 20_000, 6, "0", "1", "9", "-", "+", ".", "e", "E", "x", "o", "a", "f", "F",
            "i", "n", "N", "I", "inf", "nan", "true", "null", "t", "T", "~", "<", "$", ":", " ",
            "_", "b", "z"));
  }
}
