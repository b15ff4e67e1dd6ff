package dev.tinta.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The words of one index build: each distinct word of each language is folded and stemmed once, and
 * each stem (a CJK key is its own stem) gets a number, so that posts store numbers, not strings.
 * Thread-safe; the numbers depend on the order threads meet the stems, the index written from them
 * does not (it is sorted by key).
 */
final class Vocabulary implements AutoCloseable {
  /** A word of a language: its key ({@link Tokens#key}) and its stem, or none when not a key. */
  record Word(String key, Stem stem) {}

  /** A stem and its number. */
  record Stem(String key, int id) {}

  static final Word NONE = new Word("", null);

  private final Stemmers stemmers = new Stemmers();
  private final Map<String, Map<String, Word>> byLanguage = new ConcurrentHashMap<>();
  private final Map<String, Stem> stems = new ConcurrentHashMap<>();
  private final AtomicInteger next = new AtomicInteger();

  /** The words of one language, to look raw words up in. */
  Map<String, Word> language(String lang) {
    return byLanguage.computeIfAbsent(
        lang.toLowerCase(Locale.ROOT), l -> new ConcurrentHashMap<>());
  }

  /** The word {@code raw} (as it appears in a text) of language {@code lang}. */
  Word word(String lang, Map<String, Word> words, String raw) {
    Word w = words.get(raw);
    if (w == null) {
      w = words.computeIfAbsent(raw, r -> analyze(lang, r));
    }
    return w;
  }

  private Word analyze(String lang, String raw) {
    String key = Tokens.key(raw);
    if (key.isEmpty()) {
      return NONE;
    }
    String stem = Tokens.fold(stemmers.stem(lang, raw.toLowerCase(Locale.ROOT)));
    return new Word(key, stem(stem.isEmpty() ? key : stem));
  }

  /** The stem {@code key}, numbered on first use. */
  Stem stem(String key) {
    Stem s = stems.get(key);
    return s != null ? s : stems.computeIfAbsent(key, k -> new Stem(k, next.getAndIncrement()));
  }

  /** Every stem, by number. */
  List<Stem> stems() {
    Stem[] out = new Stem[next.get()];
    stems.values().forEach(s -> out[s.id()] = s);
    return List.of(out);
  }

  /** Every word whose key is not its stem: key and stem, in no particular order. */
  List<Word> forms() {
    List<Word> out = new ArrayList<>();
    for (Map<String, Word> words : byLanguage.values()) {
      for (Word w : words.values()) {
        if (w.stem() != null && !w.key().equals(w.stem().key())) {
          out.add(w);
        }
      }
    }
    return out;
  }

  @Override
  public void close() {
    stemmers.close();
  }
}
