package dev.tinta.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentTypesTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "index.html          | text/html; charset=utf-8",
        "PAGE.HTM            | text/html; charset=utf-8",
        "style.css           | text/css; charset=utf-8",
        "app.js              | text/javascript; charset=utf-8",
        "feed.xml            | application/xml; charset=utf-8",
        "feed.json           | application/json; charset=utf-8",
        "robots.txt          | text/plain; charset=utf-8",
        "favicon.svg         | image/svg+xml; charset=utf-8",
        "photo.jpeg          | image/jpeg",
        "font.woff2          | font/woff2",
        "archive.tar.gz      | application/octet-stream",
        "Makefile            | application/octet-stream",
        ".htaccess           | application/octet-stream",
      })
  void byExtension(String name, String type) {
    assertThat(ContentTypes.of(Path.of("out", name))).isEqualTo(type);
  }
}
