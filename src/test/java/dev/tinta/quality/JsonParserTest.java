package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {
  @Test
  void parsesEveryKindOfValueWithPositions() {
    Json v =
        JsonParser.parse(
            "{\n  \"a\": [1, -2.5e3, true, false, null],\n"
                + "  \"b\": \"x\\u00e9\\ud83d\\ude00\\n\\\"\"\n}");

    Json.Obj obj = (Json.Obj) v;
    assertThat(obj.members()).containsOnlyKeys("a", "b");
    Json.Arr a = (Json.Arr) obj.members().get("a");
    assertThat(a.line()).isEqualTo(2);
    assertThat(a.column()).isEqualTo(8);
    assertThat(a.items())
        .containsExactly(
            new Json.Num(new BigDecimal("1"), 2, 9),
            new Json.Num(new BigDecimal("-2.5e3"), 2, 12),
            new Json.Bool(true, 2, 20),
            new Json.Bool(false, 2, 26),
            new Json.Null(2, 33));
    assertThat(obj.members().get("b")).isEqualTo(new Json.Str("xé😀\n\"", 3, 8));
  }

  @Test
  void emptyContainersAndScalarsAtTopLevel() {
    assertThat(JsonParser.parse(" {} ")).isEqualTo(new Json.Obj(java.util.Map.of(), 1, 2));
    assertThat(JsonParser.parse("[]")).isEqualTo(new Json.Arr(List.of(), 1, 1));
    assertThat(JsonParser.parse("\"s\"")).isEqualTo(new Json.Str("s", 1, 1));
    assertThat(JsonParser.parse("0")).isEqualTo(new Json.Num(BigDecimal.ZERO, 1, 1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      `[1,]`              | 1:4: unexpected character ']'
      `{"a":1,}`          | 1:8: expected a member name in double quotes
      `[01]`              | 1:3: leading zero in a number
      `[1.]`              | 1:4: a number needs a digit after '.'
      `[-]`               | 1:3: a number needs a digit after '-'
      `[1e]`              | 1:4: a number needs a digit in its exponent
      `{"a":1,"a":2}`     | 1:8: duplicate member name "a"
      `{'a':1}`           | 1:2: expected a member name in double quotes
      `[1] 2`             | 1:5: unexpected text after the JSON value
      `["a\\x"]`          | 1:4: invalid escape \\x
      `["\\ud800"]`       | 1:9: \\u escape of a lone high surrogate
      `["\\u12"]`         | 1:5: incomplete \\u escape
      `[tru]`             | 1:2: unexpected character 't'
      `// c`              | 1:1: unexpected character '/'
      `["abc`             | 1:6: unterminated string
      `[1 2]`             | 1:4: expected ']' but found '2'
      ``                  | 1:1: unexpected end of text
      `{"a" 1}`           | 1:6: expected ':' but found '1'
      """)
  void rejectsWhatRfc8259Forbids(String text, String error) {
    assertThatThrownBy(() -> JsonParser.parse(text)).hasMessage(error);
  }

  @Test
  void rejectsRawControlCharactersAndByteOrderMarks() {
    assertThatThrownBy(() -> JsonParser.parse("[\"a\tb\"]"))
        .hasMessage("1:4: raw control character U+0009 in a string (escape it)");
    assertThatThrownBy(() -> JsonParser.parse("\uFEFF{}"))
        .hasMessage("1:1: byte order mark before the JSON text (RFC 8259 §8.1)");
  }

  @Test
  @Timeout(5)
  void capsNesting() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> JsonParser.parse(deep)).hasMessage("1:258: nested deeper than 256");
  }
}
