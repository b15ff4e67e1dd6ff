package dev.tinta.quality;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints what a gate found to the test output, so warnings are seen even when a gate passes.
 * Findings with the same message are grouped: the message once, then where it occurs.
 */
final class GateOutput {
  private GateOutput() {}

  static void print(String gate, BuiltSite site, String counted, List<Finding> findings) {
    System.out.printf(
        "[%s] %s: %s, %d errors, %d warnings%n",
        gate, site, counted, Finding.errors(findings).size(), Finding.warnings(findings).size());
    Map<String, StringBuilder> places = new LinkedHashMap<>();
    for (Finding f : findings) {
      String key = f.severity() + ": " + f.message();
      StringBuilder at = places.computeIfAbsent(key, k -> new StringBuilder());
      at.append(at.length() == 0 ? "" : ", ").append(f.file());
      if (f.line() > 0) {
        at.append(':').append(f.line()).append(f.column() > 0 ? ":" + f.column() : "");
      }
    }
    places.forEach(
        (message, at) -> {
          long n = at.chars().filter(c -> c == ',').count() + 1;
          System.out.printf("    %s (%d×)%n        at %s%n", message, n, at);
        });
  }
}
