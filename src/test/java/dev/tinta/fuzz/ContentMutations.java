package dev.tinta.fuzz;

import static dev.tinta.fuzz.Mutator.bytes;
import static dev.tinta.fuzz.Mutator.pick;
import static dev.tinta.fuzz.Mutator.quote;
import static dev.tinta.fuzz.Mutator.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mutations of what an author writes: posts, front matter, site.yaml and comment files. */
final class ContentMutations {
  private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][\\w-]*):( ?)(.*)$");

  private static List<String> entries(SiteCopy site) {
    List<String> out = new ArrayList<>(site.paths("content/posts/", ".md"));
    out.addAll(site.paths("content/pages/", ".md"));
    return out;
  }

  private static List<String> lines(String text) {
    return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
  }

  /** The index of the closing {@code ---} of the front matter, or -1. */
  private static int fenceEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals("---")) {
      return -1;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).equals("---")) {
        return i;
      }
    }
    return -1;
  }

  /** Indexes of the top-level {@code key:} lines in [from, to). */
  private static List<Integer> keyLines(List<String> lines, int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      if (TOP_KEY.matcher(lines.get(i)).matches()) {
        out.add(i);
      }
    }
    return out;
  }

  String postBytes(SplittableRandom r, SiteCopy site) {
    return Mutator.flipBytes(r, site, pick(r, entries(site)), 0);
  }

  String postTruncation(SplittableRandom r, SiteCopy site) {
    return Mutator.truncate(r, site, pick(r, entries(site)));
  }

  String frontMatterValue(SplittableRandom r, SiteCopy site) {
    String path = pick(r, entries(site));
    return replaceValue(r, site, path, 1, -1);
  }

  /** Gives a top-level key of a YAML block (all of the file when to is -1) a new value. */
  private String replaceValue(SplittableRandom r, SiteCopy site, String path, int from, int to) {
    List<String> lines = lines(text(site.bytes(path)));
    int end = to >= 0 ? to : path.endsWith(".yaml") ? lines.size() : fenceEnd(lines);
    List<Integer> keys = keyLines(lines, from, Math.max(from, end));
    String value = new RandomYaml(r, Mutator.KEYS).value(2);
    if (keys.isEmpty()) {
      lines.add(Math.min(from, lines.size()), "title: " + value);
      site.write(path, bytes(String.join("\n", lines)));
      return path + " gained title: " + quote(value);
    }
    int at = pick(r, keys);
    Matcher m = TOP_KEY.matcher(lines.get(at));
    m.matches();
    // a multi-line value goes with its key: drop the indented lines below it
    while (at + 1 < lines.size() && lines.get(at + 1).startsWith(" ")) {
      lines.remove(at + 1);
    }
    String v = r.nextInt(4) == 0 ? pick(r, Fragments.YAML_VALUES) : value;
    lines.set(at, m.group(1) + ": " + v);
    site.write(path, bytes(String.join("\n", lines)));
    return path + " line " + (at + 1) + ": " + m.group(1) + ": " + quote(v);
  }

  String frontMatterKey(SplittableRandom r, SiteCopy site) {
    String path = pick(r, entries(site));
    return changeKey(r, site, path, 1, -1);
  }

  /** Renames, swaps, doubles, drops or adds a top-level key. */
  private String changeKey(SplittableRandom r, SiteCopy site, String path, int from, int to) {
    List<String> lines = lines(text(site.bytes(path)));
    int end = to >= 0 ? to : path.endsWith(".yaml") ? lines.size() : fenceEnd(lines);
    List<Integer> keys = keyLines(lines, from, Math.max(from, end));
    RandomYaml yaml = new RandomYaml(r, Mutator.KEYS);
    String key = pick(r, Mutator.KEYS);
    if (keys.isEmpty() || r.nextInt(5) == 0) {
      String line = key + ": " + yaml.value(2);
      lines.add(Math.min(Math.max(from, end < 0 ? from : end), lines.size()), line);
      site.write(path, bytes(String.join("\n", lines)));
      return path + " gained " + quote(line);
    }
    int at = pick(r, keys);
    Matcher m = TOP_KEY.matcher(lines.get(at));
    m.matches();
    String what;
    switch (r.nextInt(4)) {
      case 0 -> {
        String typo = yaml.typo(m.group(1));
        lines.set(at, typo + ":" + m.group(2) + m.group(3));
        what = "renamed " + m.group(1) + " to " + typo;
      }
      case 1 -> {
        int other = pick(r, keys);
        Matcher o = TOP_KEY.matcher(lines.get(other));
        o.matches();
        lines.set(at, o.group(1) + ":" + m.group(2) + m.group(3));
        lines.set(other, m.group(1) + ":" + o.group(2) + o.group(3));
        what = "swapped the keys " + m.group(1) + " and " + o.group(1);
      }
      case 2 -> {
        lines.add(at + 1, lines.get(at));
        what = "doubled " + m.group(1);
      }
      default -> {
        lines.remove(at);
        what = "dropped " + m.group(1);
      }
    }
    site.write(path, bytes(String.join("\n", lines)));
    return path + " line " + (at + 1) + ": " + what;
  }

  String frontMatterYaml(SplittableRandom r, SiteCopy site) {
    String path = pick(r, entries(site));
    List<String> lines = lines(text(site.bytes(path)));
    int end = fenceEnd(lines);
    String yaml = new RandomYaml(r, Mutator.KEYS).document();
    String body =
        end < 0
            ? String.join("\n", lines)
            : String.join("\n", lines.subList(end + 1, lines.size()));
    site.write(path, bytes("---\n" + yaml + "---\n" + body));
    return path + " front matter is " + quote(yaml);
  }

  String frontMatterFences(SplittableRandom r, SiteCopy site) {
    String path = pick(r, entries(site));
    String t = text(site.bytes(path));
    String what;
    switch (r.nextInt(7)) {
      case 0 -> {
        t = t.replaceFirst("\n---\n", "\n");
        what = "no closing ---";
      }
      case 1 -> {
        t = t.replaceFirst("^---\n", "");
        what = "no opening ---";
      }
      case 2 -> {
        t = "\uFEFF" + t;
        what = "a byte order mark first";
      }
      case 3 -> {
        t = t.replace("\n", "\r\n");
        what = "CRLF line ends";
      }
      case 4 -> {
        t = t.replace("---", "+++");
        what = "+++ fences (TOML)";
      }
      case 5 -> {
        t = t.replaceFirst("\n---\n", "\n...\n");
        what = "... as the closing fence";
      }
      default -> {
        t = "---\n---\n" + t;
        what = "an empty front matter first";
      }
    }
    site.write(path, bytes(t));
    return path + ": " + what;
  }

  String markdown(SplittableRandom r, SiteCopy site) {
    String path = pick(r, entries(site));
    String t = text(site.bytes(path));
    String snippet = pick(r, Fragments.MARKDOWN);
    int at = t.isEmpty() ? 0 : t.length() / 2 + r.nextInt(Math.max(1, t.length() / 2));
    while (at < t.length() && at > 0 && Character.isLowSurrogate(t.charAt(at))) {
      at++;
    }
    site.write(path, bytes(t.substring(0, at) + "\n\n" + snippet + "\n\n" + t.substring(at)));
    return path + " at char " + at + ": " + quote(snippet);
  }

  String siteValue(SplittableRandom r, SiteCopy site) {
    return replaceValue(r, site, "site.yaml", 0, -1);
  }

  String siteKey(SplittableRandom r, SiteCopy site) {
    return changeKey(r, site, "site.yaml", 0, -1);
  }

  String siteYaml(SplittableRandom r, SiteCopy site) {
    String yaml = new RandomYaml(r, Mutator.KEYS).document();
    site.write("site.yaml", bytes(yaml));
    return "site.yaml is " + quote(yaml);
  }

  String siteBytes(SplittableRandom r, SiteCopy site) {
    return r.nextBoolean()
        ? Mutator.flipBytes(r, site, "site.yaml", 0)
        : Mutator.truncate(r, site, "site.yaml");
  }

  private static List<String> commentFiles(SiteCopy site) {
    return site.paths("content/comments/", ".yaml");
  }

  String commentBytes(SplittableRandom r, SiteCopy site) {
    String path = pick(r, commentFiles(site));
    return r.nextBoolean() ? Mutator.flipBytes(r, site, path, 0) : Mutator.truncate(r, site, path);
  }

  /** Gives a field of one comment a new value (the entries are "- key:" then " key:" lines). */
  String commentField(SplittableRandom r, SiteCopy site) {
    String path = pick(r, commentFiles(site));
    List<String> lines = lines(text(site.bytes(path)));
    List<Integer> fields = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^(- |  )[a-z_]+:.*")) {
        fields.add(i);
      }
    }
    int at = pick(r, fields);
    String line = lines.get(at);
    String lead = line.substring(0, 2);
    String key = line.substring(2, line.indexOf(':'));
    if (r.nextInt(4) == 0) {
      key = pick(r, List.of("id", "author", "url", "date", "status", "parent", "ip_hash", "body"));
    }
    String v =
        r.nextBoolean() ? pick(r, Fragments.YAML_VALUES) : new RandomYaml(r, Mutator.KEYS).value(2);
    while (at + 1 < lines.size() && lines.get(at + 1).startsWith("    ")) {
      lines.remove(at + 1);
    }
    lines.set(at, lead + key + ": " + v.replace("\n", "\n    "));
    site.write(path, bytes(String.join("\n", lines)));
    return path + " line " + (at + 1) + ": " + key + ": " + quote(v);
  }

  String commentYaml(SplittableRandom r, SiteCopy site) {
    String path = pick(r, commentFiles(site));
    RandomYaml yaml = new RandomYaml(r, Mutator.KEYS);
    String doc = r.nextBoolean() ? yaml.document() : "- " + yaml.map(2, 2).substring(2);
    site.write(path, bytes(doc));
    return path + " is " + quote(doc);
  }

  /** Comments that parse but make no sense together. */
  String commentStructure(SplittableRandom r, SiteCopy site) {
    String path = pick(r, commentFiles(site));
    String head = "- id: c1\n  author: A\n  date: 2011-02-04T09:00:00+07:00\n  status: approved\n";
    String doc;
    String what;
    switch (r.nextInt(8)) {
      case 0 -> {
        doc = head + "  body: one\n" + head + "  body: two\n";
        what = "two comments with id c1";
      }
      case 1 -> {
        doc =
            head.replace("status", "parent: c2\n  status")
                + "  body: x\n"
                + head.replace("c1", "c2").replace("status", "parent: c1\n  status")
                + "  body: y\n";
        what = "c1 and c2 reply to each other";
      }
      case 2 -> {
        doc = head.replace("status", "parent: c1\n  status") + "  body: me\n";
        what = "c1 replies to itself";
      }
      case 3 -> {
        StringBuilder chain = new StringBuilder(head + "  body: root\n");
        for (int i = 2; i < 300; i++) {
          chain.append(
              head.replace("c1", "c" + i)
                  .replace("status", "parent: c" + (i - 1) + "\n  status")
                  .concat("  body: reply " + i + "\n"));
        }
        doc = chain.toString();
        what = "a reply chain 299 deep";
      }
      case 4 -> {
        doc = head.replace("approved", "pending") + "  body: |\n    " + "x".repeat(200_000) + "\n";
        what = "a 200 KB body";
      }
      case 5 -> {
        path =
            "content/comments/"
                + pick(r, List.of("nosuch-post", "../posts/x", "Tentang", "a b", ""))
                + ".yaml";
        doc = head + "  body: orphan\n";
        what = "comments for a post that does not exist";
      }
      case 6 -> {
        doc =
            head
                + "  body: \""
                + "<script>alert(1)</script>".repeat(50)
                + "\"\n  url: javascript:alert(1)\n";
        what = "script in body and url";
      }
      default -> {
        doc = "[]\n";
        what = "an empty list";
      }
    }
    site.write(path, bytes(doc));
    return path + ": " + what;
  }
}
