package dev.tinta.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {
  private static final String TRICKY = "a\"b\\c\nd\re\tf\u0001g\u2028h\u2029i</script>é😀";

  @Test
  void stringEscapesQuotesBackslashesAndControlCharacters() {
    assertThat(Json.string(new StringBuilder(), TRICKY).toString())
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\\u2029i</script>é😀\"");
  }

  @Test
  void htmlSafeStringEscapesLessThanToo() {
    assertThat(Json.htmlSafeString(new StringBuilder(), TRICKY).toString())
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u2028h\\u2029i\\u003c/script>é😀\"");
  }

  @Test
  void stringsIsAnArrayWithoutSpaces() {
    assertThat(Json.strings(new StringBuilder(), List.of("a", "b\"", "")).toString())
        .isEqualTo("[\"a\",\"b\\\"\",\"\"]");
    assertThat(Json.strings(new StringBuilder(), List.of()).toString()).isEqualTo("[]");
  }
}
