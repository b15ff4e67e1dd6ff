package dev.tinta.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * Gate 1: the Nu Html Checker (vnu, the W3C validator) on every HTML page of a built site. Errors
 * fail the gate; warnings are listed. The validator's JSON report is read with {@link JsonParser}.
 */
final class HtmlChecker {
  /** Validators are not shared between threads: each thread gets its own. */
  private final ThreadLocal<EmbeddedValidator> validators;

  private final int threads;

  /**
   * A checker validating {@code threads} pages at a time; {@code detectLanguage} adds vnu's check
   * that the text is in the language {@code lang} declares (a warning), which costs about two
   * thirds of the time per page.
   */
  HtmlChecker(int threads, boolean detectLanguage) {
    this.threads = threads;
    this.validators =
        ThreadLocal.withInitial(
            () -> {
              EmbeddedValidator v = new EmbeddedValidator();
              v.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
              v.setNoLangDetect(!detectLanguage);
              return v;
            });
  }

  /** Validates every page of the site; findings in page order. */
  List<Finding> check(BuiltSite site) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(
              () ->
                  site.pages().parallelStream()
                      .map(page -> check(site, page))
                      .flatMap(List::stream)
                      .toList())
          .join();
    } finally {
      pool.shutdown();
    }
  }

  /** Validates one page, given relative to the site folder. */
  List<Finding> check(BuiltSite site, String page) {
    String report;
    try {
      report = validators.get().validate(site.file(page));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot validate " + site.file(page), e);
    } catch (SAXException e) {
      return List.of(Finding.error(page, 0, 0, "vnu could not read the page: " + e.getMessage()));
    }
    return findings(page, report);
  }

  /** Turns vnu's JSON report ({"messages": [{type, subType, lastLine, ...}]}) into findings. */
  static List<Finding> findings(String page, String report) {
    Json.Obj root = (Json.Obj) JsonParser.parse(report);
    List<Finding> out = new ArrayList<>();
    for (Json m : ((Json.Arr) root.members().get("messages")).items()) {
      Map<String, Json> msg = ((Json.Obj) m).members();
      String type = text(msg, "type");
      String subType = text(msg, "subType");
      int lastLine = number(msg, "lastLine");
      int line = msg.containsKey("firstLine") ? number(msg, "firstLine") : lastLine;
      int column = number(msg, "firstColumn");
      String message = text(msg, "message");
      if (type.equals("error") || type.equals("non-document-error")) {
        out.add(
            Finding.error(
                page, line, column, message + (subType.isEmpty() ? "" : " [" + subType + "]")));
      } else if (type.equals("info") && subType.equals("warning")) {
        out.add(Finding.warning(page, line, column, message));
      }
    }
    return out;
  }

  private static String text(Map<String, Json> msg, String key) {
    return msg.get(key) instanceof Json.Str s ? s.value() : "";
  }

  private static int number(Map<String, Json> msg, String key) {
    return msg.get(key) instanceof Json.Num n ? n.value().intValue() : 0;
  }
}
