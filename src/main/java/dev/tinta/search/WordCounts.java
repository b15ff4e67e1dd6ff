package dev.tinta.search;

import java.util.Arrays;

/**
 * How often each word occurs in one post, and whether in the title: an open-addressing table keyed
 * by the word's characters where they stand in the text, so a word that occurs again costs no new
 * string (a post has some 1,000 words of some 400 kinds). Words are compared as they are, case
 * included.
 */
final class WordCounts {
  private char[][] texts;
  private int[] starts;
  private int[] ends;
  private int[] hashes;
  private int[] counts;
  private int[] flags;
  private int size;

  /** A table for a text of about {@code chars} characters. */
  WordCounts(int chars) {
    // some 1 distinct word in 15 characters of prose; at most half the slots in use
    int capacity = Integer.highestOneBit(Math.max(64, Math.min(1 << 16, chars / 4))) * 2;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    texts = new char[capacity][];
    starts = new int[capacity];
    ends = new int[capacity];
    hashes = new int[capacity];
    counts = new int[capacity];
    flags = new int[capacity];
  }

  /** Counts the word {@code text[start, end)}, with {@code flag} or'ed into its flags. */
  void add(char[] text, int start, int end, int flag) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    int mask = texts.length - 1;
    int slot = mix(h) & mask;
    while (texts[slot] != null) {
      if (hashes[slot] == h
          && Arrays.equals(text, start, end, texts[slot], starts[slot], ends[slot])) {
        counts[slot]++;
        flags[slot] |= flag;
        return;
      }
      slot = (slot + 1) & mask;
    }
    texts[slot] = text;
    starts[slot] = start;
    ends[slot] = end;
    hashes[slot] = h;
    counts[slot] = 1;
    flags[slot] = flag;
    if (++size * 2 > texts.length) {
      grow();
    }
  }

  /** Receives each distinct word with its count and flags. */
  interface Visitor {
    void word(String word, int count, int flags);
  }

  /** Calls {@code visitor} for each distinct word, in no particular order. */
  void forEach(Visitor visitor) {
    for (int slot = 0; slot < texts.length; slot++) {
      if (texts[slot] != null) {
        visitor.word(
            new String(texts[slot], starts[slot], ends[slot] - starts[slot]),
            counts[slot],
            flags[slot]);
      }
    }
  }

  private static int mix(int h) {
    return h ^ (h >>> 16);
  }

  private void grow() {
    char[][] oldTexts = texts;
    int[] oldStarts = starts;
    int[] oldEnds = ends;
    int[] oldHashes = hashes;
    int[] oldCounts = counts;
    int[] oldFlags = flags;
    int capacity = oldTexts.length * 2;
    allocate(capacity);
    int mask = capacity - 1;
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        int slot = mix(oldHashes[i]) & mask;
        while (texts[slot] != null) {
          slot = (slot + 1) & mask;
        }
        texts[slot] = oldTexts[i];
        starts[slot] = oldStarts[i];
        ends[slot] = oldEnds[i];
        hashes[slot] = oldHashes[i];
        counts[slot] = oldCounts[i];
        flags[slot] = oldFlags[i];
      }
    }
  }

  int size() {
    return size;
  }
}
