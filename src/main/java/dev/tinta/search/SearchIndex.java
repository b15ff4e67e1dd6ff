package dev.tinta.search;

import dev.tinta.model.OutputFile;
import dev.tinta.parallel.Workers;
import dev.tinta.text.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Writes the search index of a site: posts in, static files out, split so that a query loads only
 * what it needs, as Pagefind does. Same posts in the same order, same bytes.
 *
 * <h2>Files</h2>
 *
 * <ul>
 *   <li>{@code search/index.json}, the manifest: {@code {"version":1,"posts":N,"per":P,"group":G,
 *       "keys":[…],"terms":[…],"meta":[…]}}: the first key of each term chunk and the chunk's file
 *       name (without {@code .json}), and the name of each group of metadata shards.
 *   <li>{@code search/t/<hash>.json}, term chunks: the keys of the index in UTF-16 order (which is
 *       JavaScript's), cut into files of about {@value #CHUNK_CHARS} characters. Each key is {@code
 *       ["key", postings, forms, stems]}, trailing empty parts left out and empty ones written
 *       {@code 0}: a stem's {@link Postings}, the words of the site that stem to it, and for a word
 *       that is not its own stem, its stems.
 *   <li>{@code search/m/<group>-<i>.json}, metadata shards, see {@link MetaShards}.
 * </ul>
 *
 * File names are hashes of the content (of a group of shards for metadata), so a browser may cache
 * them for ever and a new build never mixes with an old one; only the manifest is fetched anew.
 *
 * <h2>Why the browser does not stem</h2>
 *
 * Words are stemmed at build time by Lucene's stemmers ({@link Stemmers}), which the browser cannot
 * run. Rather than port each stemmer to JavaScript (a second implementation per language that would
 * drift from Lucene's and grow the script), the index stores, beside each stem's postings, a table
 * from every word of the site to its stem. The browser only folds case and accents and cuts CJK
 * bigrams ({@link Tokens}, a few lines mirrored in {@code search.js}), then looks the word up:
 * {@code menjalin} is a key whose stem is {@code jalin}, and {@code jalin} is a key with postings,
 * so each finds the posts of the other. Any language Lucene can stem works without a line of
 * JavaScript, and the browser's keys are the index's by construction (a test runs the script's
 * tokenizer in Chromium against {@link Tokens}). The cost: the table (each word of the site once
 * more, in the chunk of its own key: half the term files of the 4-post example blog, 0.3% of those
 * of the benchmark kit's 10,000 posts, as postings grow with posts and words much slower), and a
 * word that occurs nowhere in the site is not stemmed. The script softens that: the word being
 * typed also matches the keys it begins (jarin: jaringan), and a finished word that is no key falls
 * back to its longest beginning that is one, at most three characters shorter (meetings: meeting,
 * whose stem is meet).
 *
 * <p>Postings carry no word positions, so a query is a set of words, not a phrase (a CJK query
 * needs each of its bigrams somewhere in the post), and results show the post's excerpt rather than
 * a passage around the match: a passage would need each post's text in the index again.
 */
public final class SearchIndex {
  /** The folder of the index in the site. */
  public static final String FOLDER = "search/";

  static final int CHUNK_CHARS = 12_000;
  static final int PER_SHARD = 5;

  private final Locale siteLocale;
  private final int chunkChars;
  private final int perShard;

  /** An index whose result dates are written in the site's language. */
  public SearchIndex(Locale siteLocale) {
    this(siteLocale, CHUNK_CHARS, PER_SHARD);
  }

  SearchIndex(Locale siteLocale, int chunkChars, int perShard) {
    this.siteLocale = siteLocale;
    this.chunkChars = chunkChars;
    this.perShard = perShard;
  }

  /**
   * The index files of {@code docs}: the manifest, then term chunks, then metadata shards. Post
   * {@code i} of the index is {@code docs.get(i)}; among results of equal score, later posts come
   * first.
   */
  public List<OutputFile> files(List<SearchDoc> docs, Workers workers) {
    SortedMap<String, TermTable.Term> table;
    try (Vocabulary vocabulary = new Vocabulary()) {
      List<DocTerms> terms = workers.map(docs, d -> DocTerms.of(d, vocabulary));
      table = TermTable.of(terms, vocabulary);
    }
    List<OutputFile> chunks = new ArrayList<>();
    List<String> firstKeys = new ArrayList<>();
    List<String> chunkNames = new ArrayList<>();
    StringBuilder chunk = new StringBuilder();
    String first = null;
    for (Map.Entry<String, TermTable.Term> e : table.entrySet()) {
      if (first == null) {
        first = e.getKey();
        chunk.append('[');
      } else {
        chunk.append(",\n");
      }
      entry(chunk, e.getKey(), e.getValue());
      if (chunk.length() >= chunkChars) {
        addChunk(chunk, first, firstKeys, chunkNames, chunks);
        first = null;
      }
    }
    if (first != null) {
      addChunk(chunk, first, firstKeys, chunkNames, chunks);
    }
    MetaShards meta = MetaShards.of(docs, siteLocale, perShard, MetaShards.GROUP);
    StringBuilder manifest = new StringBuilder();
    manifest.append("{\"version\":1,\"posts\":").append(docs.size());
    manifest.append(",\"per\":").append(perShard);
    manifest.append(",\"group\":").append(MetaShards.GROUP).append(",\n\"keys\":");
    Json.strings(manifest, firstKeys).append(",\n\"terms\":");
    Json.strings(manifest, chunkNames).append(",\n\"meta\":");
    Json.strings(manifest, meta.groups()).append("}\n");
    List<OutputFile> out = new ArrayList<>();
    out.add(file("index.json", manifest));
    out.addAll(chunks);
    out.addAll(meta.files());
    return out;
  }

  private void addChunk(
      StringBuilder chunk,
      String first,
      List<String> firstKeys,
      List<String> names,
      List<OutputFile> chunks) {
    chunk.append("]\n");
    String name = name(chunk, names);
    firstKeys.add(first);
    chunks.add(file("t/" + name + ".json", chunk));
    chunk.setLength(0);
  }

  private static void entry(StringBuilder out, String key, TermTable.Term term) {
    Json.string(out.append('['), key);
    boolean stems = !term.stems().isEmpty();
    boolean forms = stems || !term.forms().isEmpty();
    out.append(',');
    if (term.postingCount() == 0) {
      out.append('0');
    } else {
      out.append('"');
      Postings.write(term.postings(), term.postingCount(), out);
      out.append('"');
    }
    if (forms) {
      out.append(',');
      if (term.forms().isEmpty()) {
        out.append('0');
      } else {
        Json.strings(out, term.forms());
      }
    }
    if (stems) {
      Json.strings(out.append(','), term.stems());
    }
    out.append(']');
  }

  /** A file name from the content's hash; {@code names} gets it and guards against a clash. */
  static String name(CharSequence content, List<String> names) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    byte[] hash = sha.digest(content.toString().getBytes(StandardCharsets.UTF_8));
    String name = HexFormat.of().formatHex(hash, 0, 5);
    if (names.contains(name)) {
      throw new IllegalStateException("two search files hash to " + name);
    }
    names.add(name);
    return name;
  }

  static OutputFile file(String name, CharSequence content) {
    return OutputFile.of(FOLDER + name, content.toString().getBytes(StandardCharsets.UTF_8));
  }
}
