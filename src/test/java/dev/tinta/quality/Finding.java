package dev.tinta.quality;

import java.util.List;

/**
 * One thing a quality gate found in a built site, printed compiler-style: {@code feed.xml:12:3:
 * error: ...}. Line and column are 1-based, 0 when unknown (then left out).
 */
record Finding(String file, int line, int column, Severity severity, String message) {

  enum Severity {
    ERROR,
    WARNING;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  static Finding error(String file, int line, int column, String message) {
    return new Finding(file, line, column, Severity.ERROR, message);
  }

  static Finding warning(String file, int line, int column, String message) {
    return new Finding(file, line, column, Severity.WARNING, message);
  }

  boolean isError() {
    return severity == Severity.ERROR;
  }

  String format() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ").append(severity).append(": ").append(message).toString();
  }

  static List<Finding> errors(List<Finding> findings) {
    return findings.stream().filter(Finding::isError).toList();
  }

  static List<Finding> warnings(List<Finding> findings) {
    return findings.stream().filter(f -> !f.isError()).toList();
  }

  /** The findings, one per line, for a test's output or a failure message. */
  static String lines(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    findings.forEach(f -> out.append(f.format()).append('\n'));
    return out.toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
