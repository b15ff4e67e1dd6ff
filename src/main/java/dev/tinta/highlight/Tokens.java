package dev.tinta.highlight;

import java.util.Arrays;

/**
 * A code text cut into runs that cover it exactly, in order, each with a Pygments short class name
 * or none (plain text). Adjacent runs never share a class. Immutable.
 */
public final class Tokens {
  private final String code;
  private final int[] ends;
  private final String[] classes;

  private Tokens(String code, int[] ends, String[] classes) {
    this.code = code;
    this.ends = ends;
    this.classes = classes;
  }

  /** The text as one plain run (none for an empty text). */
  public static Tokens plain(String code) {
    return new Builder(code).build();
  }

  /** The whole text, unchanged. */
  public String code() {
    return code;
  }

  /** How many runs. */
  public int size() {
    return ends.length;
  }

  /** Where run {@code i} starts in {@link #code()}. */
  public int start(int i) {
    return i == 0 ? 0 : ends[i - 1];
  }

  /** Where run {@code i} ends (exclusive). */
  public int end(int i) {
    return ends[i];
  }

  /** The class of run {@code i}, or null for plain text. */
  public String cssClass(int i) {
    return classes[i];
  }

  /** Collects runs from left to right; merges a run into the one before it of the same class. */
  static final class Builder {
    private final String code;
    private int[] ends = new int[64];
    private String[] classes = new String[64];
    private int size;

    Builder(String code) {
      this.code = code;
    }

    String code() {
      return code;
    }

    /** Where the next run starts: the end of the last one. */
    int position() {
      return size == 0 ? 0 : ends[size - 1];
    }

    /**
     * Adds the run from {@link #position()} to {@code end} with {@code cssClass} (null: plain). An
     * empty run, or one ending before the position, adds nothing.
     */
    Builder add(int end, String cssClass) {
      int end2 = Math.min(end, code.length());
      if (end2 <= position()) {
        return this;
      }
      if (size > 0 && java.util.Objects.equals(classes[size - 1], cssClass)) {
        ends[size - 1] = end2;
        return this;
      }
      if (size == ends.length) {
        ends = Arrays.copyOf(ends, size * 2);
        classes = Arrays.copyOf(classes, size * 2);
      }
      ends[size] = end2;
      classes[size] = cssClass;
      size++;
      return this;
    }

    /** The runs, the rest of the text plain. */
    Tokens build() {
      add(code.length(), null);
      return new Tokens(code, Arrays.copyOf(ends, size), Arrays.copyOf(classes, size));
    }
  }
}
