package dev.tinta.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Lighthouse 12.2.3 (npm; 13.x needs Node 22) run by node on headless Debian Chromium, through
 * {@code src/test/lighthouse/lighthouse-gate.mjs}. The npm packages pinned by that folder's
 * package-lock.json are installed on first use with {@code npm ci --ignore-scripts} into a folder
 * under the build directory, and again only when package.json or the lock changes. No browser is
 * ever downloaded: install scripts do not run, and chrome-launcher is given Debian's Chromium.
 * {@code -Dtinta.node=...} and {@code -Dtinta.npm=...} change the commands; {@code
 * -Dtinta.browser.skip=true} skips the browser tests.
 */
final class Lighthouse {
  static final Path SOURCE = Path.of("src", "test", "lighthouse");
  static final String SCRIPT = "lighthouse-gate.mjs";
  static final List<String> FILES = List.of("package.json", "package-lock.json", SCRIPT);
  static final String NODE = System.getProperty("tinta.node", "node");
  static final String NPM = System.getProperty("tinta.npm", "npm");

  /** Lighthouse 12.2.3's engines field asks for node 18.16 or later. */
  static final int MIN_NODE_MAJOR = 18;

  /** Written into node_modules after a successful {@code npm ci}; npm ci removes it first. */
  private static final String STAMP = "node_modules/.tinta-installed";

  private final Path dir;

  private Lighthouse(Path dir) {
    this.dir = dir;
  }

  /** Why Lighthouse cannot run on this machine, or empty when it can. */
  static Optional<String> unavailable() {
    if (Boolean.getBoolean("tinta.browser.skip")) {
      return Optional.of("browser tests skipped: -Dtinta.browser.skip=true");
    }
    if (!Files.isExecutable(Browser.CHROMIUM)) {
      return Optional.of(
          "Lighthouse tests skipped: no " + Browser.CHROMIUM + " (install Debian's chromium)");
    }
    for (String command : List.of(NODE, NPM)) {
      Optional<String> version = version(command);
      if (version.isEmpty()) {
        return Optional.of(
            "Lighthouse tests skipped: no "
                + command
                + " on the PATH (install Debian's nodejs and npm, or run .ci/run)");
      }
      if (command.equals(NODE) && major(version.get()) < MIN_NODE_MAJOR) {
        return Optional.of(
            "Lighthouse tests skipped: node "
                + version.get()
                + " is too old, Lighthouse 12 needs 18.16 or later");
      }
    }
    return Optional.empty();
  }

  /**
   * The Lighthouse installed in {@code dir}, running {@code npm ci} first unless the same
   * package.json and lock are installed there already.
   *
   * @throws IOException when npm fails (offline, say); the message has npm's last lines
   */
  static Lighthouse install(Path dir) throws IOException {
    Files.createDirectories(dir);
    String wanted = digest(SOURCE.resolve("package.json"), SOURCE.resolve("package-lock.json"));
    for (String file : FILES) {
      Files.copy(SOURCE.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
    Path stamp = dir.resolve(STAMP);
    if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(wanted)) {
      return new Lighthouse(dir);
    }
    long start = System.nanoTime();
    Path log = dir.resolve("npm-ci.log");
    int code =
        exec(
            dir,
            List.of(
                NPM,
                "ci",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                // Offline, npm's default retries wait 70 s before giving up; these about 12 s.
                "--fetch-retry-mintimeout=2000",
                "--fetch-retry-maxtimeout=10000"),
            Map.of(),
            log,
            log,
            Duration.ofMinutes(5));
    if (code != 0) {
      throw new IOException(
          "npm ci failed (exit " + code + ", log in " + log + "): " + npmError(log));
    }
    Files.writeString(stamp, wanted);
    System.out.printf(
        "[lighthouse] npm ci into %s: %,d ms%n",
        dir.toAbsolutePath(), (System.nanoTime() - start) / 1_000_000);
    return new Lighthouse(dir);
  }

  /**
   * Runs Lighthouse with the mobile preset on each page (report name → URL) in turn, in one
   * Chromium, and saves {@code NAME.report.json}, {@code NAME.report.html} and the summary {@code
   * results.json} in {@code reports}.
   */
  Run run(Map<String, String> pages, Path reports) throws IOException {
    Files.createDirectories(reports);
    Path results = reports.resolve("results.json");
    Path log = reports.resolve("lighthouse.log");
    List<String> command = new ArrayList<>();
    command.add(NODE);
    command.add(dir.resolve(SCRIPT).toAbsolutePath().toString());
    command.add("--preset");
    command.add("mobile");
    command.add("--reports");
    command.add(reports.toAbsolutePath().toString());
    pages.forEach((name, url) -> command.add(name + "=" + url));
    int code =
        exec(
            dir,
            command,
            Map.of("CHROMIUM", Browser.CHROMIUM.toString()),
            results,
            log,
            Duration.ofMinutes(2L + pages.size()));
    List<String> lines = Files.readAllLines(results).stream().filter(l -> !l.isBlank()).toList();
    String json = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    if (json.isEmpty() || (code != 0 && code != 2)) {
      throw new IllegalStateException(
          "lighthouse-gate.mjs failed (exit " + code + "): " + lastLines(log, 10));
    }
    Run run = Run.of((Json.Obj) JsonParser.parse(json));
    if (run.error() != null) {
      throw new IllegalStateException("lighthouse-gate.mjs failed: " + run.error());
    }
    return run;
  }

  /** One run of lighthouse-gate.mjs: versions and one result per page. */
  record Run(String lighthouse, String userAgent, String preset, List<Page> pages, String error) {
    static Run of(Json.Obj json) {
      return new Run(
          string(json, "lighthouse"),
          string(json, "userAgent"),
          string(json, "preset"),
          items(json, "pages").stream().map(p -> Page.of((Json.Obj) p)).toList(),
          string(json, "error"));
    }

    Page page(String name) {
      return pages.stream()
          .filter(p -> p.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no Lighthouse result for " + name));
    }
  }

  /**
   * What Lighthouse found on one page.
   *
   * @param scores category id → score 0-100, null when the category could not be scored
   * @param failing the audits that count in a score and scored under 90 or could not run
   * @param errored every audit that could not run, weighted or not
   * @param error why the page could not be measured, or null
   */
  record Page(
      String name,
      String url,
      Map<String, Integer> scores,
      List<Audit> failing,
      List<String> errored,
      List<String> warnings,
      String error,
      double seconds) {

    static Page of(Json.Obj json) {
      Map<String, Integer> scores = new LinkedHashMap<>();
      Json s = json.members().get("scores");
      if (s instanceof Json.Obj obj) {
        obj.members()
            .forEach(
                (k, v) -> scores.put(k, v instanceof Json.Num n ? n.value().intValue() : null));
      }
      return new Page(
          string(json, "name"),
          string(json, "url"),
          Collections.unmodifiableMap(scores),
          items(json, "failing").stream().map(a -> Audit.of((Json.Obj) a)).toList(),
          items(json, "errored").stream().map(e -> ((Json.Str) e).value()).toList(),
          items(json, "warnings").stream().map(e -> ((Json.Str) e).value()).toList(),
          string(json, "error"),
          json.members().get("seconds") instanceof Json.Num n ? n.value().doubleValue() : 0);
    }

    /**
     * One line per category under its minimum (category id → 0-100), naming the audits that pulled
     * it down, e.g. {@code seo 60, under 95: is-crawlable "Page is blocked from indexing" scored
     * 0}.
     */
    List<String> below(Map<String, Integer> minimum) {
      List<String> out = new ArrayList<>();
      minimum.forEach(
          (category, min) -> {
            Integer score = scores.get(category);
            if (score != null && score >= min) {
              return;
            }
            String audits =
                failing.stream()
                    .filter(a -> a.category().equals(category))
                    .map(Audit::format)
                    .collect(Collectors.joining("; "));
            out.add(
                category
                    + " "
                    + (score == null ? "without a score" : score)
                    + ", under "
                    + min
                    + ": "
                    + (audits.isEmpty() ? "no single audit under 90" : audits));
          });
      return out;
    }

    /** Scores as {@code perf 100 a11y 100 bp 100 seo 100}. */
    String scoreLine() {
      return "perf "
          + score("performance")
          + " a11y "
          + score("accessibility")
          + " bp "
          + score("best-practices")
          + " seo "
          + score("seo");
    }

    private String score(String category) {
      Integer s = scores.get(category);
      return s == null ? "n/a" : s.toString();
    }
  }

  /** An audit that counts in a category's score and scored under 90 (or null: could not run). */
  record Audit(String category, String id, String title, Integer score, String displayValue) {
    static Audit of(Json.Obj json) {
      return new Audit(
          string(json, "category"),
          string(json, "id"),
          string(json, "title"),
          json.members().get("score") instanceof Json.Num n ? n.value().intValue() : null,
          string(json, "displayValue"));
    }

    String format() {
      return id
          + " \""
          + title
          + "\""
          + (score == null ? " could not run" : " scored " + score)
          + (displayValue == null || displayValue.isEmpty() ? "" : " (" + displayValue + ")");
    }
  }

  private static String string(Json.Obj json, String key) {
    return json.members().get(key) instanceof Json.Str s ? s.value() : null;
  }

  private static List<Json> items(Json.Obj json, String key) {
    return json.members().get(key) instanceof Json.Arr a ? a.items() : List.of();
  }

  /** The output of {@code command --version}, or empty when it cannot run. */
  private static Optional<String> version(String command) {
    try {
      Path out = Files.createTempFile("tinta-version", ".txt");
      try {
        int code =
            exec(
                Path.of(""),
                List.of(command, "--version"),
                Map.of(),
                out,
                out,
                Duration.ofSeconds(30));
        String version = Files.readString(out).strip();
        return code == 0 && !version.isEmpty() ? Optional.of(version) : Optional.empty();
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The major version of {@code v20.20.2}, 0 when unreadable. */
  static int major(String version) {
    try {
      return Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int exec(
      Path dir, List<String> command, Map<String, String> env, Path out, Path err, Duration timeout)
      throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile());
    pb.environment().putAll(env);
    // Belt and braces: install scripts do not run, but nothing is to fetch a browser either way.
    pb.environment().put("PUPPETEER_SKIP_DOWNLOAD", "1");
    pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    if (out.equals(err)) {
      pb.redirectErrorStream(true);
    } else {
      pb.redirectError(err.toFile());
    }
    pb.redirectOutput(out.toFile());
    Process process = pb.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException(String.join(" ", command) + ": no end after " + timeout);
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(String.join(" ", command) + ": interrupted", e);
    }
    return process.exitValue();
  }

  /** What npm says went wrong: its error code and the failed request, else its last lines. */
  private static String npmError(Path log) {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      List<String> said =
          lines.stream()
              .filter(l -> l.matches("npm (error|ERR!) (code .*|.*(request to|reason:).*)"))
              .limit(2)
              .toList();
      return said.isEmpty() ? lastLines(log, 4) : String.join(" | ", said);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String lastLines(Path file, int n) {
    try {
      List<String> lines =
          Files.readAllLines(file, StandardCharsets.UTF_8).stream()
              .filter(l -> !l.isBlank())
              .toList();
      return String.join(" | ", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String digest(Path... files) throws IOException {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        sha.update(Files.readAllBytes(f));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
