package dev.tinta.search;

import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every key of the index with what the browser needs about it: the postings of a stem, the words of
 * the site that stem to it ({@code forms}, to mark them in results), and the stems of a word that
 * is not its own stem ({@code stems}). A key can be all three: a stem, a word and a form.
 */
final class TermTable {
  /** One key's record; postings packed as {@code post × 8 + code}, in post order. */
  static final class Term {
    private int[] postings = new int[0];
    private int count;
    private final TreeSet<String> forms = new TreeSet<>();
    private final TreeSet<String> stems = new TreeSet<>();

    void add(int post, int code) {
      if (count == postings.length) {
        postings = Arrays.copyOf(postings, Math.max(4, count * 2));
      }
      postings[count++] = (post << 3) | code;
    }

    int[] postings() {
      return postings;
    }

    int postingCount() {
      return count;
    }

    TreeSet<String> forms() {
      return forms;
    }

    TreeSet<String> stems() {
      return stems;
    }
  }

  private TermTable() {}

  /**
   * The keys of the index in UTF-16 order (which is the order of JavaScript's string comparison);
   * post {@code i} is {@code docs.get(i)}.
   */
  static SortedMap<String, Term> of(List<DocTerms> docs, Vocabulary vocabulary) {
    List<Vocabulary.Stem> stems = vocabulary.stems();
    Term[] byStem = new Term[stems.size()];
    for (int post = 0; post < docs.size(); post++) {
      DocTerms d = docs.get(post);
      for (int i = 0; i < d.stems().length; i++) {
        int id = d.stems()[i];
        if (byStem[id] == null) {
          byStem[id] = new Term();
        }
        byStem[id].add(post, d.codes()[i]);
      }
    }
    SortedMap<String, Term> out = new TreeMap<>();
    for (int id = 0; id < byStem.length; id++) {
      // every stem came from a word of some post, so every stem has postings
      out.put(stems.get(id).key(), byStem[id]);
    }
    for (Vocabulary.Word w : vocabulary.forms()) {
      String stem = w.stem().key();
      out.computeIfAbsent(w.key(), k -> new Term()).stems.add(stem);
      out.get(stem).forms.add(w.key());
    }
    return out;
  }
}
