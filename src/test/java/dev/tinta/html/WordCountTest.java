package dev.tinta.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordCountTest {

  @ParameterizedTest(name = "''{0}'' has {1} words")
  @CsvSource(
      delimiter = '|',
      value = {
        "''|0",
        "'   '|0",
        "Halo, dunia!|2",
        "Image + Knowledge = Networking.|3",
        "sebesar-besarnya|2",
        "Привет мир|2",
        "Café über 2010|3",
        "日本語|1",
      })
  void countsRunsOfLettersAndDigits(String text, int words) {
    assertThat(WordCount.of(text)).isEqualTo(words);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "<p>Halo, dunia!</p>",
        "<p>a</p><p>b</p>",
        "<p>sebe<em>sar</em>-besarnya</p>",
        "<ul><li>one</li><li>two<br>three</li></ul>",
        "<table><tr><td>a</td><td>b</td></tr></table>",
        "<h2>Title<a class=anchor href=#t>#</a></h2><pre><code>x = y;\nz</code></pre>",
        "<blockquote><p>Привет</p></blockquote><p>мир <code>日本語</code></p>",
      })
  void countsAnElementsWordsAsItsTextHasThem(String html) {
    org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(html).body();
    assertThat(WordCount.of(body)).isEqualTo(WordCount.of(body.text()));
  }

  @ParameterizedTest(name = "{0} words take {1} min")
  @CsvSource({"0, 1", "1, 1", "200, 1", "201, 2", "400, 2", "638, 4", "1001, 6"})
  void readingTimeRoundsUpAt200WordsAMinute(int words, int minutes) {
    assertThat(WordCount.readingMinutes(words)).isEqualTo(minutes);
  }
}
