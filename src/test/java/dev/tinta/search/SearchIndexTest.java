package dev.tinta.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tinta.feeds.JsonValue;
import dev.tinta.model.OutputFile;
import dev.tinta.parallel.Workers;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  static final ZonedDateTime DATE = ZonedDateTime.parse("2010-08-31T09:12:00+07:00");

  static SearchDoc doc(String href, String title, String lang, String text) {
    return new SearchDoc(href, title, DATE, lang, text, "Excerpt of " + title);
  }

  static Map<String, String> files(List<OutputFile> files) {
    Map<String, String> out = new LinkedHashMap<>();
    for (OutputFile f : files) {
      out.put(f.path(), new String(((OutputFile.Generated) f).bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Every entry of every term chunk, by key, in file order. */
  static Map<String, List<Object>> entries(Map<String, String> files) {
    Map<String, Object> manifest =
        JsonValue.object(JsonValue.parse(files.get("search/index.json")));
    Map<String, List<Object>> out = new LinkedHashMap<>();
    for (Object name : JsonValue.array(manifest.get("terms"))) {
      for (Object e : JsonValue.array(JsonValue.parse(files.get("search/t/" + name + ".json")))) {
        List<Object> entry = JsonValue.array(e);
        out.put((String) entry.get(0), entry);
      }
    }
    return out;
  }

  @Test
  void wordsPointToStemsAndStemsHoldPostingsAndForms() {
    List<SearchDoc> docs =
        List.of(
            doc("/a/", "Menjalin relasi", "id", "Kita menjalin jaringan."),
            doc("/b/", "Five habits", "en", "Networking and connections, connected."),
            doc("/c/", "Hubungan", "id", "Hubungan yang kita jalin. Networking."));
    Map<String, List<Object>> e =
        entries(files(new SearchIndex(Locale.forLanguageTag("id")).files(docs, Workers.inline())));

    // menjalin (post 0, title and text) and jalin (post 2) share the stem jalin
    assertThat(e.get("menjalin").toString()).isEqualTo("[menjalin, 0, 0, [jalin]]");
    assertThat(e.get("jalin").get(2)).isEqualTo(List.of("menjalin"));
    int[] jalin = Postings.read((String) e.get("jalin").get(1));
    assertThat(jalin).containsExactly((0 << 3) | 4 | 1, (2 << 3));
    // networking: stemmed in the English post, kept in the Indonesian one
    assertThat(e.get("networking").get(3)).isEqualTo(List.of("network"));
    assertThat(Postings.read((String) e.get("networking").get(1))).containsExactly(2 << 3);
    assertThat(Postings.read((String) e.get("network").get(1))).containsExactly(1 << 3);
    assertThat(e.get("connect").get(2)).isEqualTo(List.of("connected", "connections"));
    assertThat(Postings.read((String) e.get("connect").get(1))).containsExactly((1 << 3) | 1);
    assertThat(new ArrayList<>(e.keySet())).isSorted();
  }

  @Test
  void manifestAndMetadataShards() {
    List<SearchDoc> docs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      docs.add(
          new SearchDoc(
              "/blog/p" + i + "/",
              "Title \"" + i + "\"",
              DATE.plusDays(i),
              i == 3 ? "en" : "id",
              "word" + i,
              "x ".repeat(150)));
    }
    Map<String, String> f =
        files(new SearchIndex(Locale.forLanguageTag("id"), 100, 2).files(docs, Workers.inline()));
    Map<String, Object> manifest = JsonValue.object(JsonValue.parse(f.get("search/index.json")));
    assertThat(manifest.get("posts").toString()).isEqualTo("5");
    assertThat(manifest.get("per").toString()).isEqualTo("2");
    List<Object> meta = JsonValue.array(manifest.get("meta"));
    assertThat(meta).hasSize(1);
    assertThat(manifest.get("group").toString()).isEqualTo("20");
    List<Object> second =
        JsonValue.array(JsonValue.parse(f.get("search/m/" + meta.get(0) + "-1.json")));
    assertThat(second)
        .containsExactly(
            List.of(
                "/blog/p2/",
                "Title \"2\"",
                "2010-09-02",
                "2 September 2010",
                "",
                "x ".repeat(80).strip() + "…"),
            List.of(
                "/blog/p3/",
                "Title \"3\"",
                "2010-09-03",
                "3 September 2010",
                "en",
                "x ".repeat(80).strip() + "…"));
    assertThat(f.keySet())
        .allMatch(
            p ->
                p.equals("search/index.json")
                    || p.matches("search/t/[0-9a-f]{10}\\.json")
                    || p.matches("search/m/[0-9a-f]{10}-[0-2]\\.json"));
  }

  /** A corpus of {@code n} posts of random words, Indonesian and English, some CJK. */
  static List<SearchDoc> corpus(int n, long seed) {
    Random random = new Random(seed);
    String[] words =
        ("menjalin jalin jaringan hubungan keuntungan networking connections connected habits "
                + "meeting agenda rapat sekretaris kantor relasi memberi berbagi 网络 连接 東京 "
                + "café naïve straße")
            .split(" ");
    List<SearchDoc> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 200; w++) {
        text.append(
            random.nextInt(4) == 0
                ? "w" + random.nextInt(5000)
                : words[random.nextInt(words.length)]);
        text.append(' ');
      }
      docs.add(
          new SearchDoc(
              "/p" + i + "/",
              "Post " + i,
              DATE.plusDays(i),
              i % 3 == 0 ? "en" : "id",
              text.toString(),
              "Excerpt " + i));
    }
    return docs;
  }

  /** Same posts, same bytes, whether one thread or two analyze them. */
  @Test
  void sameInputSameBytes() {
    List<SearchDoc> docs = corpus(400, 1);
    SearchIndex index = new SearchIndex(Locale.forLanguageTag("id"));
    Workers workers = Workers.of(2);
    Map<String, String> first = files(index.files(docs, Workers.inline()));
    Map<String, String> again =
        files(new SearchIndex(Locale.forLanguageTag("id")).files(List.copyOf(docs), workers));
    assertThat(again).isEqualTo(first);
    assertThat(files(index.files(corpus(400, 2), workers))).isNotEqualTo(first);
  }

  @Test
  void chunksStayNearTheirTargetSize() {
    int target = 4_000;
    List<OutputFile> out =
        new SearchIndex(Locale.forLanguageTag("id"), target, 20)
            .files(corpus(1000, 3), Workers.inline());
    Map<String, String> f = files(out);
    Map<String, List<Object>> e = entries(f);
    int largestEntry = 0;
    for (List<Object> entry : e.values()) {
      largestEntry = Math.max(largestEntry, entry.toString().length() + 20);
    }
    List<String> chunks = f.keySet().stream().filter(p -> p.startsWith("search/t/")).toList();
    assertThat(chunks).hasSizeGreaterThan(5);
    for (String c : chunks) {
      assertThat(f.get(c).length()).as(c).isLessThanOrEqualTo(target + largestEntry);
    }
    // every chunk but the last reaches the target
    List<Object> names =
        JsonValue.array(JsonValue.object(JsonValue.parse(f.get("search/index.json"))).get("terms"));
    for (Object name : names.subList(0, names.size() - 1)) {
      assertThat(f.get("search/t/" + name + ".json").length()).isGreaterThanOrEqualTo(target);
    }
    assertThat(f.keySet().stream().filter(p -> p.startsWith("search/m/"))).hasSize(50);
  }
}
