package dev.tinta.importer;

import dev.tinta.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Runs tinta commands in-process for the import tests and reads what they made. */
final class Sites {
  private Sites() {}

  /** One command's exit code and output. */
  record Run(int code, String out, String err) {}

  static Run tinta(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  /** A fixture under {@code src/test/resources/importer/}. */
  static Path fixture(String name) {
    try {
      return Path.of(Sites.class.getResource("/importer/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Document page(Path output, String sitePath) throws IOException {
    String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    Path file =
        p.isEmpty() || p.endsWith("/") ? output.resolve(p + "index.html") : output.resolve(p);
    return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
  }
}
