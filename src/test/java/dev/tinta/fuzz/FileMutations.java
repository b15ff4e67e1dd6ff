package dev.tinta.fuzz;

import static dev.tinta.fuzz.Mutator.bytes;
import static dev.tinta.fuzz.Mutator.pick;
import static dev.tinta.fuzz.Mutator.quote;
import static dev.tinta.fuzz.Mutator.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Mutations of whole files: templates, UI strings, static files, names, images, sizes. */
final class FileMutations {
  /** Bytes that are not UTF-8, or are UTF-8 that readers trip on. */
  private static final List<byte[]> NOT_UTF8 =
      List.of(
          new byte[] {(byte) 0xff},
          new byte[] {(byte) 0xc3, 0x28},
          new byte[] {(byte) 0xe2, (byte) 0x82},
          new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
          new byte[] {(byte) 0xc0, (byte) 0xaf},
          new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
          new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
          new byte[] {0},
          new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80});

  private static List<String> templates(SiteCopy site) {
    return site.paths("templates/", ".ftlh");
  }

  private static List<String> textFiles(SiteCopy site) {
    List<String> out = new ArrayList<>();
    for (String p : site.paths()) {
      if (p.matches(".*\\.(md|yaml|ftlh|properties|svg|css|js)$")) {
        out.add(p);
      }
    }
    return out;
  }

  /** Inserts one FreeMarker fragment at the start of a random line of a layout or partial. */
  String templateFragment(SplittableRandom r, SiteCopy site) {
    String path = pick(r, templates(site));
    String t = text(site.bytes(path));
    String fragment = pick(r, Fragments.FREEMARKER);
    String[] lines = t.split("\n", -1);
    int line = r.nextInt(lines.length);
    lines[line] = fragment + lines[line];
    site.write(path, bytes(String.join("\n", lines)));
    return path + " line " + (line + 1) + ": " + quote(fragment);
  }

  String templateBytes(SplittableRandom r, SiteCopy site) {
    String path = pick(r, templates(site));
    return r.nextBoolean() ? Mutator.flipBytes(r, site, path, 0) : Mutator.truncate(r, site, path);
  }

  /** Breaks a UI-strings file: bad patterns, unknown keys, or its bytes. */
  String uiStrings(SplittableRandom r, SiteCopy site) {
    String path = pick(r, site.paths("templates/i18n/", ".properties"));
    if (r.nextInt(3) == 0) {
      return Mutator.flipBytes(r, site, path, 0);
    }
    List<String> lines = new ArrayList<>(List.of(text(site.bytes(path)).split("\n", -1)));
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains("=") && !lines.get(i).startsWith("#")) {
        entries.add(i);
      }
    }
    int at = pick(r, entries);
    String key = lines.get(at).substring(0, lines.get(at).indexOf('='));
    String value =
        pick(
            r,
            List.of(
                "{0,plural,",
                "{0,plural,one{#}}",
                "{0,plural,=x{a} other{b}}",
                "{0",
                "{1} {2} {99}",
                "{0,number,#.#.#}",
                "{0,date,nosuch}",
                "{0,choice,}",
                "'",
                "\\u00",
                "\\",
                "${site.title}",
                "<b>bold</b>",
                ""));
    lines.set(at, key + "=" + value);
    site.write(path, bytes(String.join("\n", lines)));
    return path + " line " + (at + 1) + ": " + key + "=" + quote(value);
  }

  /** A file (or a folder) in the site's static/ at a path the build generates. */
  String staticCollision(SplittableRandom r, SiteCopy site) {
    String target = pick(r, Fragments.GENERATED_PATHS);
    switch (r.nextInt(6)) {
      case 0 -> {
        site.mkdir("static/" + target);
        site.write("static/" + target + "/inner.txt", bytes("inner"));
        return "static/" + target + " is a folder";
      }
      case 1 -> {
        String parent = target.contains("/") ? target.substring(0, target.indexOf('/')) : "tags";
        site.write("static/" + parent, bytes("a file where a folder goes"));
        return "static/" + parent + " is a file";
      }
      case 2 -> {
        String bundle = pick(r, site.paths("content/posts/", "/index.md"));
        String name = pick(r, List.of("index.html", "index.md.html", "feed.xml", "kopi.jpg"));
        String path = bundle.substring(0, bundle.lastIndexOf('/') + 1) + name;
        site.write(path, bytes("<p>bundle file</p>"));
        return path + " beside a bundle";
      }
      default -> {
        site.write("static/" + target, bytes("the author's own " + target + "\n"));
        return "static/" + target;
      }
    }
  }

  /** Inserts bytes that are not UTF-8 into any text file. */
  String nonUtf8(SplittableRandom r, SiteCopy site) {
    String path = pick(r, textFiles(site));
    byte[] b = site.bytes(path);
    byte[] bad = pick(r, NOT_UTF8);
    if (r.nextInt(6) == 0) {
      // the whole file in UTF-16, as some Windows editors save it
      String t = text(b);
      site.write(path, t.getBytes(StandardCharsets.UTF_16));
      return path + " in UTF-16";
    }
    int at = b.length == 0 ? 0 : r.nextInt(b.length);
    byte[] out = new byte[b.length + bad.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(bad, 0, out, at, bad.length);
    System.arraycopy(b, at, out, at + bad.length, b.length - at);
    site.write(path, out);
    return path + " at byte " + at + ": " + java.util.HexFormat.of().formatHex(bad);
  }

  String empty(SplittableRandom r, SiteCopy site) {
    String path = pick(r, new ArrayList<>(site.paths()));
    site.write(path, new byte[0]);
    return path + " is empty";
  }

  /** A copy of a post under another name, or a new one with the same slug. */
  String postName(SplittableRandom r, SiteCopy site) {
    String source = pick(r, site.paths("content/posts/", ".md"));
    String name = pick(r, Fragments.POST_NAMES);
    String folder = r.nextInt(4) == 0 ? "content/pages/" : "content/posts/";
    site.write(folder + name, site.bytes(source));
    return folder + name + " is a copy of " + source;
  }

  /** Breaks a post image: cut, flipped, swapped for another format, or a huge one in its header. */
  String image(SplittableRandom r, SiteCopy site) {
    List<String> images = site.paths("content/posts/", ".jpg", ".svg");
    String path = pick(r, images);
    switch (r.nextInt(6)) {
      case 0 -> {
        return Mutator.truncate(r, site, path);
      }
      case 1 -> {
        return Mutator.flipBytes(r, site, path, 0);
      }
      case 2 -> {
        // a PNG whose header claims 100000 x 100000 pixels, and no pixels
        byte[] png = {
          (byte) 0x89,
          'P',
          'N',
          'G',
          '\r',
          '\n',
          0x1a,
          '\n',
          0,
          0,
          0,
          13,
          'I',
          'H',
          'D',
          'R',
          0,
          1,
          (byte) 0x86,
          (byte) 0xa0,
          0,
          1,
          (byte) 0x86,
          (byte) 0xa0,
          8,
          2,
          0,
          0,
          0,
          0,
          0,
          0,
          0
        };
        site.write(path, png);
        return path + " is a PNG header claiming 100000x100000";
      }
      case 3 -> {
        String svg =
            pick(
                r,
                List.of(
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1e400\" height=\"-5\"/>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 0 0\"/>",
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"em\"/>",
                    "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM"
                        + " \"file:///etc/passwd\">]><svg>&x;</svg>",
                    "<!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;\">"
                        + "]><svg width=\"&d;\"/>",
                    "<svg",
                    "not xml at all"));
        site.write(path, bytes(svg));
        return path + " is " + quote(svg);
      }
      case 4 -> {
        String other =
            path.endsWith(".jpg") ? path.replace(".jpg", ".svg") : path.replace(".svg", ".jpg");
        site.write(
            path,
            site.bytes(images.get(0).equals(path) ? images.get(images.size() - 1) : images.get(0)));
        return path + " holds the bytes of the other image (" + other + ")";
      }
      default -> {
        site.delete(path);
        return path + " deleted";
      }
    }
  }

  /** Deletes a file or a whole folder of the site. */
  String deletion(SplittableRandom r, SiteCopy site) {
    String path =
        pick(
            r,
            List.of(
                pick(r, new ArrayList<>(site.paths())),
                "content/posts",
                "content/pages",
                "content/comments",
                "content",
                "templates/layouts",
                "templates/partials",
                "templates/i18n",
                "templates/static",
                "templates"));
    site.delete(path);
    return path + " deleted";
  }

  /** A post, comment file or site.yaml of a few megabytes. */
  String large(SplittableRandom r, SiteCopy site) {
    int size = (1 + r.nextInt(3)) << 20;
    StringBuilder out = new StringBuilder(size + 100);
    String what;
    String path;
    switch (r.nextInt(4)) {
      case 0 -> {
        path = pick(r, site.paths("content/posts/", ".md"));
        out.append(text(site.bytes(path)));
        String para =
            "Kata demi kata, *penekanan* dan [tautan](https://example.org/) serta `kode`.\n\n";
        while (out.length() < size) {
          out.append(para);
        }
        what = "paragraphs";
      }
      case 1 -> {
        path = pick(r, site.paths("content/posts/", ".md"));
        out.append("---\ntitle: one long line\ndate: 2011-02-03\n---\n");
        while (out.length() < size) {
          out.append("word ");
        }
        what = "one line of words";
      }
      case 2 -> {
        path = pick(r, site.paths("content/comments/", ".yaml"));
        for (int i = 0; out.length() < size; i++) {
          out.append("- id: c")
              .append(i)
              .append("\n  author: A\n  date: 2011-02-04T09:00:00+07:00\n")
              .append("  status: approved\n  body: |\n    comment ")
              .append(i)
              .append('\n');
        }
        what = "comments";
      }
      default -> {
        path = "site.yaml";
        out.append(text(site.bytes(path))).append("params:\n");
        for (int i = 0; out.length() < size; i++) {
          out.append("  k").append(i).append(": value ").append(i).append('\n');
        }
        what = "params";
      }
    }
    site.write(path, bytes(out.toString()));
    return path + " is " + (out.length() >> 10) + " KB of " + what;
  }
}
