package dev.tinta.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the CommonMark spec ({@code spec.txt} in commonmark-test-util 0.30.0) through
 * tinta's Markdown stage. The only exceptions are examples that an enabled extension changes on
 * purpose (or that tinta's fence options change), listed with their reason; {@link
 * #exceptionsAreExactlyTheExamplesThatDiffer()} keeps the list from growing or going stale
 * silently.
 *
 * <p>As in the spec's own runner, a tab in the expected HTML is written {@code →}.
 */
class CommonMarkSpecTest {
  /** Examples an enabled extension renders differently, on purpose, by number. */
  static final Map<Integer, String> CHANGED_BY_EXTENSIONS =
      Map.of(
          602, "autolink extension: links the bare URL in '<https://foo.bar/baz bim>'",
          606, "autolink extension: links the bare e-mail in '<foo\\+@bar.example.com>'",
          608, "autolink extension: links the bare URL in '< https://foo.bar >'",
          611, "autolink extension: links a bare 'https://example.com' (GFM extended autolink)",
          612, "autolink extension: links a bare 'foo@bar.example.com' (GFM extended autolink)",
          143, "the words after a fence's language go to data-options, for the highlighting pass",
          146, "the words after a fence's language go to data-options, for the highlighting pass");

  static final MarkdownRenderer RENDERER = new MarkdownRenderer();

  static List<Example> spec() {
    return ExampleReader.readExamples(TestResources.getSpec());
  }

  /** The rendering in the spec's notation: tabs shown as {@code →}. */
  static String render(Example example) {
    return RENDERER.render(example.getSource()).replace("\t", "→");
  }

  static Stream<Arguments> examples() {
    List<Example> all = spec();
    List<Arguments> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      int number = i + 1;
      if (!CHANGED_BY_EXTENSIONS.containsKey(number)) {
        out.add(Arguments.of(number, all.get(i)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "example {0}: {1}")
  @MethodSource("examples")
  void rendersAsTheSpecSays(int number, Example example) {
    assertThat(render(example))
        .as("example %d (%s):%n%s", number, example.getSection(), example.getSource())
        .isEqualTo(example.getHtml());
  }

  @Test
  void exceptionsAreExactlyTheExamplesThatDiffer() {
    List<Example> all = spec();
    Set<Integer> differing = new TreeSet<>();
    for (int i = 0; i < all.size(); i++) {
      if (!render(all.get(i)).equals(all.get(i).getHtml())) {
        differing.add(i + 1);
      }
    }
    assertThat(differing).containsExactlyInAnyOrderElementsOf(CHANGED_BY_EXTENSIONS.keySet());
  }

  @Test
  void readsTheWholeSpec() {
    // Numbering is by position; a reader that skipped examples would shift every number.
    List<Example> all = spec();
    assertThat(all).hasSize(652);
    assertThat(all.get(0).toString()).endsWith("1");
    assertThat(all.get(601).getSource()).isEqualTo("<https://foo.bar/baz bim>\n");
  }
}
