package dev.tinta.highlight;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Highlighting cost per block, for {@code bench/highlight.sh}: blocks shaped as the benchmark kit's
 * corpus makes them (8 to 18 lines of java, python, yaml, bash or javascript, one in ten posts) and
 * the golden samples; the first block of a language (class loading, a new token maker) and then
 * warm blocks, median and 90th percentile over repeated rounds. Not a test: a main.
 */
public final class HighlightBench {
  private static final String[] LANGS = {"java", "python", "yaml", "bash", "javascript"};

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    Highlighter h = new Highlighter();
    Random r = new Random(15);
    List<String[]> blocks = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String lang = LANGS[i % LANGS.length];
      blocks.add(new String[] {lang, corpusBlock(lang, r)});
    }
    System.out.println("first block per language (class loading, new token maker), µs:");
    for (String lang : LANGS) {
      String code = corpusBlock(lang, r);
      long t = System.nanoTime();
      h.highlight(lang, code).orElseThrow();
      System.out.printf(Locale.ROOT, "  %-11s %8.0f%n", lang, (System.nanoTime() - t) / 1e3);
    }
    System.out.printf(Locale.ROOT, "warm, %d rounds of %d corpus-shaped blocks:%n", rounds, 200);
    for (String lang : LANGS) {
      report(lang, h, blocks.stream().filter(b -> b[0].equals(lang)).toList(), rounds);
    }
    Path samples = Path.of("src/test/resources/highlight/samples");
    System.out.println("warm, the golden samples (tricky, 6-20 lines):");
    try (var files = Files.list(samples)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String lang = p.getFileName().toString().replace(".txt", "");
        String code = Files.readString(p, StandardCharsets.UTF_8);
        report(lang, h, List.<String[]>of(new String[] {lang, code}), rounds / 4);
      }
    }
  }

  private static void report(String lang, Highlighter h, List<String[]> blocks, int rounds) {
    long[] perBlock = new long[rounds];
    int lines = 0;
    for (String[] b : blocks) {
      lines += b[1].split("\n").length;
    }
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      for (String[] b : blocks) {
        h.highlight(b[0], b[1]);
      }
      perBlock[i] = (System.nanoTime() - t) / blocks.size();
    }
    long[] warm = Arrays.copyOfRange(perBlock, rounds / 2, rounds);
    Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT,
        "  %-11s median %6.1f µs  p90 %6.1f µs  per block of %.0f lines%n",
        lang,
        warm[warm.length / 2] / 1e3,
        warm[warm.length * 9 / 10] / 1e3,
        (double) lines / blocks.size());
  }

  /** A block as the kit's gen_corpus.py writes one. */
  private static String corpusBlock(String lang, Random r) {
    String[] words = {"queue", "cache", "index", "parser", "post", "draft", "reader", "token"};
    String[] verbs = {"load", "merge", "render", "split", "flush"};
    List<String> lines = new ArrayList<>();
    for (int k = 0, n = 8 + r.nextInt(11); k < n; k++) {
      String a = words[r.nextInt(words.length)];
      String b = words[r.nextInt(words.length)];
      String v = verbs[r.nextInt(verbs.length)];
      lines.add(
          switch (lang) {
            case "java" -> "    var " + a + k + " = " + b + "." + v + "(" + k + "); // quick";
            case "python" -> a + "_" + k + " = " + b + "." + v + "(" + k + ")  # quick";
            case "yaml" -> a + k + ": " + b + " quick";
            case "bash" -> "grep -r " + a + "-" + k + " | wc -l";
            default -> "const " + a + k + " = " + b + "." + v + "(" + k + "); // quick";
          });
    }
    if (lang.equals("java")) {
      lines.add(0, "  void run() {");
      lines.add(0, "class Example {");
      lines.add("  }");
      lines.add("}");
    }
    return String.join("\n", lines) + "\n";
  }
}
