package dev.tinta.fuzz;

import dev.tinta.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one in-process run of {@code tinta} printed, and every way it broke issue #11's contract:
 * exit 0 or 1 only, no internal error, no stack trace, every stderr line compiler-style.
 *
 * @param code the exit code, or -1 when the run threw
 */
record BuildVerdict(int code, String out, String err) {
  static final Pattern ERROR = Pattern.compile("^[^:\\s][^:]*(:\\d+(:\\d+)?)?: error: .*");
  private static final Pattern WARNING =
      Pattern.compile("^[^:\\s][^:]*(:\\d+(:\\d+)?)?: (warning|note): .*");
  private static final Pattern COUNT = Pattern.compile("^\\d+ errors?(, \\d+ warnings?)?$");
  private static final Pattern MORE = Pattern.compile("^(\\.\\.\\. ?)?and \\d+ more.*");
  private static final Pattern TRACE =
      Pattern.compile("(?m)^\\s+at [\\w$.]+\\(|^Caused by: |Exception in thread");

  /** Runs {@code tinta build} in-process on a site, with captured output. */
  static BuildVerdict build(Path site, Path output, List<String> flags) {
    List<String> args =
        new ArrayList<>(List.of("build", "--site", site.toString(), "--output", output.toString()));
    args.addAll(flags);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try {
      code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    } catch (Throwable t) {
      // an Error (stack overflow, out of memory) that escaped the command line altogether
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      return new BuildVerdict(-1, out.toString(), err + "thrown out of Main.run: " + trace);
    }
    return new BuildVerdict(code, out.toString(), err.toString());
  }

  /** The broken promises, empty when the run kept them all. */
  List<String> complaints() {
    List<String> out = new ArrayList<>();
    if (code != 0 && code != 1) {
      out.add("exit " + code);
    }
    if ((this.out + err).contains("internal error")) {
      out.add("internal error");
    }
    if (TRACE.matcher(this.out).find() || TRACE.matcher(err).find()) {
      out.add("stack trace without --verbose");
    }
    int errors = 0;
    for (String line : err.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      if (ERROR.matcher(line).matches()) {
        errors++;
      } else if (!WARNING.matcher(line).matches()
          && !COUNT.matcher(line).matches()
          && !MORE.matcher(line).matches()) {
        out.add("stderr line not compiler-style: " + Mutator.quote(line));
        break;
      }
    }
    if (code == 1 && errors == 0) {
      out.add("exit 1 without an error line");
    }
    if (code == 0 && errors > 0) {
      out.add("exit 0 with an error line");
    }
    return out;
  }

  /** The message of the first error line without its place, or "built" for exit 0. */
  String firstError() {
    if (code == 0) {
      return "built";
    }
    for (String line : err.split("\n")) {
      if (ERROR.matcher(line).matches()) {
        String message = line.substring(line.indexOf(": error: ") + 9).replaceAll("'[^']*'", "'…'");
        return message.length() > 100 ? message.substring(0, 100) : message;
      }
    }
    return "exit " + code;
  }

  /**
   * What kind of failure this is, for grouping: the first complaint and, for an internal error, the
   * innermost exception's class and the first words of its message.
   */
  String signature() {
    List<String> c = complaints();
    String first = c.isEmpty() ? "" : c.get(0);
    for (String line : err.split("\n")) {
      if (line.contains("internal error") || line.startsWith("thrown out of Main.run")) {
        String[] parts = line.split(": ");
        int last = 0;
        for (int i = 0; i < parts.length; i++) {
          if (parts[i].matches("[\\w.$]+(Exception|Error)")) {
            last = i;
          }
        }
        String exception = parts[last].substring(parts[last].lastIndexOf('.') + 1);
        String message = last + 1 < parts.length ? parts[last + 1] : "";
        String[] words = message.split(" ");
        String head = String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
        return first + ": " + exception + ": " + head.replaceAll("\\d+", "N");
      }
    }
    return first;
  }
}
