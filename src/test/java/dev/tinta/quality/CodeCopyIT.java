package dev.tinta.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Highlighted code in a real browser (headless Debian Chromium): selecting a whole block, with its
 * line numbers and marked lines, copies exactly the code of the fence, and nothing of the numbers;
 * the block is highlighted in both color schemes.
 */
class CodeCopyIT {
  private static final String POST = "/2011/02/notulen-dalam-teks-biasa/";

  @TempDir static Path tmp;
  static Browser browser;
  static SiteServer server;
  static Optional<String> unavailable = Optional.empty();

  @BeforeAll
  static void start() throws IOException {
    unavailable = Browser.unavailable();
    if (unavailable.isPresent()) {
      return;
    }
    server = SiteServer.serve(BuiltSite.example(tmp).output());
    browser = Browser.start(true);
  }

  @BeforeEach
  void requireBrowser() {
    Assumptions.assumeTrue(unavailable.isEmpty(), () -> unavailable.orElse(""));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The code of each fence of the post's source, in order. */
  private static List<String> fences() throws IOException {
    String md =
        Files.readString(
            Path.of("content/posts/notulen-dalam-teks-biasa.md"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("(?ms)^```[^\\n]*\\n(.*?)^```").matcher(md);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void selectingABlockCopiesItsCodeOnly() throws IOException {
    List<String> fences = fences();
    for (String scheme : List.of("light", "dark")) {
      browser.emulate(1280, scheme);
      browser.open(server.url(POST));
      @SuppressWarnings("unchecked")
      List<String> selected =
          (List<String>)
              browser
                  .driver()
                  .executeScript(
                      "return [...document.querySelectorAll('pre.highlight code')].map(code => {"
                          + " const range = document.createRange(); range.selectNodeContents(code);"
                          + " const sel = window.getSelection(); sel.removeAllRanges();"
                          + " sel.addRange(range); return sel.toString(); });");
      assertThat(selected).as(scheme).hasSize(2);
      // the selection of a block is its code; a trailing newline may be dropped by the browser
      for (int i = 0; i < fences.size(); i++) {
        assertThat(selected.get(i).stripTrailing()).isEqualTo(fences.get(i).stripTrailing());
      }
      Object numbered =
          browser
              .driver()
              .executeScript(
                  "const line = document.querySelector('pre.linenos .line');"
                      + " return getComputedStyle(line, '::before').content;");
      assertThat(numbered).isEqualTo("counter(line)");
      Object keyColor =
          browser
              .driver()
              .executeScript(
                  "return getComputedStyle(document.querySelector('pre.highlight .nt')).color;");
      Object textColor =
          browser
              .driver()
              .executeScript("return getComputedStyle(document.querySelector('pre code')).color;");
      assertThat(keyColor).as("a YAML key is coloured in %s", scheme).isNotEqualTo(textColor);
    }
  }
}
