package dev.tinta.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu Html Checker on single pages a server answered (the comment server's own pages), where
 * {@link HtmlChecker} takes a built site's files: the error messages of a page, none when it is
 * valid. Not thread-safe: one per thread.
 */
public final class NuCheck {
  private static final Pattern ERROR =
      Pattern.compile("\\{\"type\":\"error\"[^}]*\"message\":\"([^\"]*)\"");

  private final EmbeddedValidator validator = new EmbeddedValidator();
  private final Path dir;

  /**
   * @param dir a folder for the pages (vnu reads files), such as a test's temporary folder
   */
  public NuCheck(Path dir) {
    this.dir = dir;
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    validator.setNoLangDetect(true);
  }

  /** The errors vnu reports for {@code html}, kept as {@code name}.html for a look afterwards. */
  public List<String> errors(String name, String html) throws IOException, SAXException {
    Path file = dir.resolve(name + ".html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    String report = validator.validate(file);
    List<String> out = new ArrayList<>();
    Matcher m = ERROR.matcher(report);
    while (m.find()) {
      out.add(m.group(1));
    }
    if (out.isEmpty() && report.contains("\"type\":\"error\"")) {
      out.add(report);
    }
    return out;
  }
}
