package dev.tinta.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The mutations of a fuzz case, each drawn by weight; every one changes the site through {@link
 * SiteCopy} (so it can be undone) and says what it did in one line, for the failure message.
 */
final class Mutator {
  /** The keys the generated YAML draws from: front matter, site.yaml and comment keys. */
  static final List<String> KEYS =
      List.of(
          "title",
          "date",
          "updated",
          "slug",
          "tags",
          "draft",
          "published",
          "lang",
          "layout",
          "summary",
          "aliases",
          "redirect_from",
          "comments",
          "description",
          "categories",
          "permalink",
          "base_url",
          "language",
          "time_zone",
          "author",
          "name",
          "about",
          "page_size",
          "tag_page_size",
          "feed_size",
          "menu",
          "label",
          "page",
          "url",
          "params",
          "heading_ids",
          "search",
          "max_body_length",
          "max_author_length",
          "max_depth",
          "endpoint",
          "intake",
          "id",
          "status",
          "parent",
          "body",
          "ip_hash");

  private record Kind(
      String name, int weight, BiFunction<SplittableRandom, SiteCopy, String> run) {}

  private final List<Kind> kinds = new ArrayList<>();
  private final int total;
  private final ContentMutations content = new ContentMutations();
  private final FileMutations files = new FileMutations();

  Mutator() {
    add("post bytes", 8, content::postBytes);
    add("post truncation", 6, content::postTruncation);
    add("front matter value", 12, content::frontMatterValue);
    add("front matter key", 8, content::frontMatterKey);
    add("front matter random YAML", 6, content::frontMatterYaml);
    add("front matter fences", 3, content::frontMatterFences);
    add("markdown", 8, content::markdown);
    add("template fragment", 14, files::templateFragment);
    add("template bytes", 3, files::templateBytes);
    add("ui strings", 2, files::uiStrings);
    add("site.yaml value", 9, content::siteValue);
    add("site.yaml key", 5, content::siteKey);
    add("site.yaml random YAML", 3, content::siteYaml);
    add("site.yaml bytes", 3, content::siteBytes);
    add("comment bytes", 4, content::commentBytes);
    add("comment field", 7, content::commentField);
    add("comment random YAML", 3, content::commentYaml);
    add("comment structure", 4, content::commentStructure);
    add("static collision", 7, files::staticCollision);
    add("non-UTF-8 bytes", 5, files::nonUtf8);
    add("empty file", 4, files::empty);
    add("post file name", 5, files::postName);
    add("image", 3, files::image);
    add("deletion", 2, files::deletion);
    add("large file", 1, files::large);
    kinds.replaceAll(
        k -> k.name().equals("large file") ? k : new Kind(k.name(), 2 * k.weight(), k.run()));
    int sum = 0;
    for (Kind k : kinds) {
      sum += k.weight();
    }
    total = sum;
  }

  private void add(String name, int weight, BiFunction<SplittableRandom, SiteCopy, String> run) {
    kinds.add(new Kind(name, weight, run));
  }

  /** Applies one to three mutations and returns what they were, one per line. */
  List<String> mutate(SplittableRandom random, SiteCopy site) {
    int n = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
    List<String> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int pick = random.nextInt(total);
      for (Kind k : kinds) {
        pick -= k.weight();
        if (pick < 0) {
          try {
            done.add(k.name() + ": " + k.run().apply(random, site));
          } catch (NothingToMutate e) {
            done.add(k.name() + ": nothing left to mutate");
          } catch (java.io.UncheckedIOException e) {
            // e.g. a file where an earlier mutation of this case put a folder
            done.add(k.name() + ": not applied (" + e.getCause() + ")");
          }
          break;
        }
      }
    }
    return done;
  }

  static <T> T pick(SplittableRandom random, List<T> from) {
    if (from.isEmpty()) {
      throw new NothingToMutate();
    }
    return from.get(random.nextInt(from.size()));
  }

  /** A mutation found nothing of its kind left in the site (an earlier one emptied it). */
  static final class NothingToMutate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NothingToMutate() {
      super(null, null, false, false);
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A short, printable quote of inserted text for the failure message. */
  static String quote(String s) {
    String q = s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + " chars)" : s;
    StringBuilder out = new StringBuilder("'");
    q.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c == 0x7f || (c >= 0x2028 && c <= 0x202e) || c == 0xfeff) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('\'').toString();
  }

  /** Flips, sets or removes a few bytes; says where. */
  static String flipBytes(SplittableRandom random, SiteCopy site, String path, int from) {
    byte[] b = site.bytes(path);
    if (b.length == 0) {
      site.write(path, new byte[] {(byte) random.nextInt(256)});
      return path + " was empty, now one byte";
    }
    byte[] special = bytes(":-#{}[]<>$&*!|'\"\n\t\r\\%@`~,?=");
    StringBuilder where = new StringBuilder(path + " at");
    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
      int at = Math.min(b.length - 1, from + random.nextInt(Math.max(1, b.length - from)));
      b[at] =
          random.nextBoolean()
              ? special[random.nextInt(special.length)]
              : (byte) (b[at] ^ (1 << random.nextInt(8)));
      where.append(' ').append(at);
    }
    site.write(path, b);
    return where.toString();
  }

  /** Cuts a file at a random offset, mostly near its start. */
  static String truncate(SplittableRandom random, SiteCopy site, String path) {
    byte[] b = site.bytes(path);
    int bound = random.nextBoolean() ? Math.min(b.length, 400) : b.length;
    int at = bound == 0 ? 0 : random.nextInt(bound);
    byte[] cut = new byte[at];
    System.arraycopy(b, 0, cut, 0, at);
    site.write(path, cut);
    return path + " cut to " + at + " of " + b.length + " bytes";
  }
}
