package dev.tinta.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Strict reading of form-encoded and JSON bodies. */
class FieldReaderTest {
  private static final Set<String> KNOWN = Set.of("author", "body");

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void formFields() throws Refusal {
    assertThat(FieldReader.form(b("author=Ayu+S&body=a%26b%3D%E2%9C%93&x="), KNOWN))
        .containsExactly(Map.entry("author", "Ayu S"), Map.entry("body", "a&b=✓"));
    assertThat(FieldReader.form(b(""), KNOWN)).isEmpty();
  }

  @Test
  void formMistakes() {
    assertThatThrownBy(() -> FieldReader.form(b("author=a&author=b"), KNOWN))
        .hasMessage("field 'author' given twice");
    assertThatThrownBy(() -> FieldReader.form(b("evil=1"), KNOWN))
        .hasMessage("unknown field 'evil'");
    assertThatThrownBy(() -> FieldReader.form(b("body=%E2%9C"), KNOWN)).hasMessage("invalid UTF-8");
    assertThatThrownBy(() -> FieldReader.form(b("body=%ZZ"), KNOWN))
        .hasMessage("malformed form encoding");
    assertThatThrownBy(() -> FieldReader.form(b("body=%4"), KNOWN))
        .hasMessage("malformed form encoding");
  }

  @Test
  void jsonFields() throws Refusal {
    assertThat(FieldReader.json(b("{\"author\":\"A\\u00e9\",\"body\":null,\"x\":\"\"}"), KNOWN))
        .containsExactly(Map.entry("author", "Aé"), Map.entry("body", ""));
  }

  @Test
  void jsonMistakes() {
    assertThatThrownBy(() -> FieldReader.json(b("{\"author\":{}}"), KNOWN))
        .hasMessage("field 'author' must be a string");
    assertThatThrownBy(() -> FieldReader.json(b("{\"author\":\"a\"} {}"), KNOWN))
        .hasMessage("expected one JSON object");
    assertThatThrownBy(() -> FieldReader.json(b("{\"author\":\"a\",\"author\":\"b\"}"), KNOWN))
        .hasMessageStartingWith("malformed JSON");
    assertThatThrownBy(() -> FieldReader.json(b("\"text\""), KNOWN))
        .hasMessage("expected a JSON object");
    assertThatThrownBy(() -> FieldReader.json(new byte[] {'"', (byte) 0xff, '"'}, KNOWN))
        .hasMessage("invalid UTF-8");
    assertThatThrownBy(() -> FieldReader.json(b("{\"author\":"), KNOWN))
        .hasMessage("malformed JSON");
  }
}
