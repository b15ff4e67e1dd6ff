package dev.tinta.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      return Arrays.copyOf(postings, count);
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

  private final Map<String, Term> terms = new HashMap<>();

  /** Builds the table from the posts' terms; post {@code i} is {@code docs.get(i)}. */
  static TermTable of(List<DocTerms> docs) {
    TermTable table = new TermTable();
    for (int post = 0; post < docs.size(); post++) {
      DocTerms d = docs.get(post);
      for (int i = 0; i < d.stems().length; i++) {
        table.term(d.stems()[i]).add(post, d.codes()[i]);
      }
      for (int i = 0; i < d.forms().length; i++) {
        table.term(d.forms()[i]).stems.add(d.formStems()[i]);
        table.term(d.formStems()[i]).forms.add(d.forms()[i]);
      }
    }
    return table;
  }

  private Term term(String key) {
    return terms.computeIfAbsent(key, k -> new Term());
  }

  /** The keys in UTF-16 order, which is the order of JavaScript's string comparison. */
  SortedMap<String, Term> sorted() {
    return new TreeMap<>(terms);
  }
}
