package dev.tinta.importer;

import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * A Markdown or HTML file of a Jekyll or Hugo blog: its front matter (YAML between {@code ---},
 * TOML between {@code +++}) as plain values, and its body.
 *
 * @param name the file as warnings name it, relative to the blog folder
 * @param bodyLine 1-based line where the body starts
 */
record SourceFile(String name, Map<String, Object> values, String body, int bodyLine) {

  private static final List<DateTimeFormatter> DATE_TIMES =
      List.of(
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z"),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss ZZZZZ"),
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm Z"));

  /**
   * Splits and parses a file's text.
   *
   * @throws SiteException when the front matter does not parse, at its line and column
   */
  static SourceFile parse(String name, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text.replace("\r\n", "\n");
    String fence = t.startsWith("---\n") ? "---" : t.startsWith("+++\n") ? "+++" : "";
    if (fence.isEmpty()) {
      return new SourceFile(name, Map.of(), t, 1);
    }
    int end = t.indexOf("\n" + fence, 3);
    while (end >= 0 && !(t.startsWith("\n", end + 4) || end + 4 == t.length())) {
      end = t.indexOf("\n" + fence, end + 1);
    }
    if (end < 0) {
      throw new SiteException(
          Problem.at(name, 1, 1, "front matter is not closed")
              .withHint("end it with a line " + fence));
    }
    String head = t.substring(4, end + 1);
    String body = end + 5 >= t.length() ? "" : t.substring(end + 5);
    int bodyLine = (int) head.chars().filter(c -> c == '\n').count() + 3;
    Map<String, Object> values = fence.equals("---") ? yaml(name, head) : toml(name, head);
    return new SourceFile(name, values, body, bodyLine);
  }

  private static Map<String, Object> yaml(String name, String head) {
    LoadSettings settings =
        LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(50).build();
    try {
      Object v = new Load(settings).loadFromString(head);
      if (v == null) {
        return Map.of();
      }
      if (!(v instanceof Map<?, ?> m)) {
        throw new SiteException(
            Problem.at(name, 2, 1, "front matter is not a mapping of keys to values"));
      }
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, val) -> out.put(String.valueOf(k), val));
      return out;
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(mk -> mk.getLine() + 2).orElse(2);
      int column = e.getProblemMark().map(mk -> mk.getColumn() + 1).orElse(1);
      throw new SiteException(Problem.at(name, line, column, "front matter: " + e.getProblem()));
    } catch (YamlEngineException e) {
      throw new SiteException(Problem.at(name, 2, 1, "front matter: " + e.getMessage()));
    }
  }

  private static Map<String, Object> toml(String name, String head) {
    TomlParseResult r = Toml.parse(head);
    if (r.hasErrors()) {
      List<Problem> problems = new ArrayList<>();
      for (TomlParseError e : r.errors()) {
        problems.add(
            Problem.at(
                name,
                e.position().line() + 1,
                e.position().column(),
                "TOML front matter: " + e.getMessage()));
      }
      throw new SiteException(problems);
    }
    return plain(r);
  }

  /** A TOML table as plain maps, lists, strings, numbers, booleans and dates. */
  static Map<String, Object> plain(TomlTable table) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : table.keySet()) {
      out.put(key, plainValue(table.get(List.of(key))));
    }
    return out;
  }

  private static Object plainValue(Object v) {
    if (v instanceof TomlTable t) {
      return plain(t);
    }
    if (v instanceof TomlArray a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(plainValue(a.get(i)));
      }
      return out;
    }
    return v;
  }

  /** A text value; numbers and dates as written. */
  String text(String key) {
    Object v = values.get(key);
    return v == null || v instanceof Map || v instanceof List ? "" : String.valueOf(v).strip();
  }

  /** A list of texts; a single text is split at spaces or commas ({@code categories: a b}). */
  List<String> list(String key) {
    Object v = values.get(key);
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      l.forEach(x -> out.add(String.valueOf(x).strip()));
    } else if (v != null && !(v instanceof Map)) {
      for (String s : String.valueOf(v).split(v.toString().contains(",") ? "," : "\\s+")) {
        out.add(s.strip());
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  boolean flag(String key) {
    Object v = values.get(key);
    return Boolean.TRUE.equals(v) || "true".equals(v);
  }

  boolean isFalse(String key) {
    Object v = values.get(key);
    return Boolean.FALSE.equals(v) || "false".equals(v);
  }

  /**
   * A date value: TOML dates, ISO dates and date-times, Jekyll's {@code 2010-08-31 10:00:00 +0700}.
   */
  Optional<ZonedDateTime> date(String key, ZoneId zone) {
    Object v = values.get(key);
    if (v instanceof OffsetDateTime o) {
      return Optional.of(o.toZonedDateTime());
    }
    if (v instanceof LocalDateTime l) {
      return Optional.of(l.atZone(zone));
    }
    if (v instanceof LocalDate d) {
      return Optional.of(d.atStartOfDay(zone));
    }
    return v == null ? Optional.empty() : parseDate(String.valueOf(v).strip(), zone);
  }

  static Optional<ZonedDateTime> parseDate(String s, ZoneId zone) {
    Optional<ZonedDateTime> iso = Texts.offsetDate(s.replace(' ', 'T'));
    if (iso.isPresent()) {
      return iso;
    }
    for (DateTimeFormatter f : DATE_TIMES) {
      try {
        return Optional.of(OffsetDateTime.parse(s, f).toZonedDateTime());
      } catch (DateTimeParseException e) {
        // the next shape
      }
    }
    try {
      return Optional.of(LocalDateTime.parse(s.replace(' ', 'T')).atZone(zone));
    } catch (DateTimeParseException e) {
      // a date alone?
    }
    try {
      return Optional.of(
          LocalDate.parse(s.length() >= 10 ? s.substring(0, 10) : s).atStartOfDay(zone));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
