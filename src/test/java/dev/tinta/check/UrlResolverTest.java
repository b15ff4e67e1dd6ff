package dev.tinta.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlResolverTest {
  private final UrlResolver resolver = new UrlResolver(URI.create("https://blog.example.org/sub/"));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      /a/b/                                   | /a/b/           | ''
      ../c/                                   | /posts/c/       | ''
      ../../../../c                           | /c              | ''
      #frag                                   | /posts/x/index.html | frag
      ?page=2                                 | /posts/x/index.html | ''
      caf%C3%A9/#h%C3%A9                      | /posts/x/café/  | hé
      café/#hé                                | /posts/x/café/  | hé
      a b.html                                | /posts/x/a b.html | ''
      50%.html                                | /posts/x/50%.html | ''
      a+b.html                                | /posts/x/a+b.html | ''
      https://blog.example.org/sub/p/#x       | /p/             | x
      HTTPS://BLOG.EXAMPLE.ORG:443/sub/       | /               | ''
      /sub/a/b/#x                             | /a/b/           | x
      /sub/                                   | /               | ''
      /sub                                    | /               | ''
      /subway/                                | /subway/        | ''
      /sub/caf%C3%A9/                         | /café/          | ''
      """)
  void resolvesInternalLinks(String url, String path, String fragment) {
    assertThat(resolver.resolve("posts/x/index.html", Optional.empty(), url))
        .isEqualTo(new Target.Internal(path, fragment));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      https://example.org/                | https://example.org/
      //cdn.example.org/x.css             | http://cdn.example.org/x.css
      https://blog.example.org/elsewhere/ | https://blog.example.org/elsewhere/
      http://blog.example.org:8080/sub/   | http://blog.example.org:8080/sub/
      ftp://files.example.org/a           | ftp://files.example.org/a
      """)
  void listsExternalLinks(String url, String external) {
    assertThat(resolver.resolve("index.html", Optional.empty(), url))
        .isEqualTo(new Target.External(external));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      mailto:a@example.org        | mailto
      tel:+62                     | tel
      data:text/plain;base64,SGk= | data
      javascript:void(0)          | javascript
      """)
  void otherSchemesAreNotChecked(String url, String scheme) {
    assertThat(resolver.resolve("index.html", Optional.empty(), url))
        .isEqualTo(new Target.OtherScheme(scheme));
  }

  @ParameterizedTest
  @CsvSource({"http://, not a URL", "/%C3(, its path is not percent-encoded UTF-8"})
  void unusableUrlsSayWhy(String url, String reason) {
    assertThat(resolver.resolve("index.html", Optional.empty(), url))
        .isEqualTo(new Target.Unusable(reason));
  }
}
