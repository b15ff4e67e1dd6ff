package dev.tinta.comments;

/**
 * Where an entry's status value is written, so moderation can change those characters and no
 * others.
 *
 * @param line 0-based line of the value
 * @param startColumn 0-based code-point column where the value starts (quotes included)
 * @param endColumn 0-based code-point column just after the value
 * @param editable false when the value cannot be replaced in place (several lines, a block scalar,
 *     an anchor others may refer to, an alias)
 */
record StatusSpan(int line, int startColumn, int endColumn, boolean editable) {

  static StatusSpan none() {
    return new StatusSpan(0, 0, 0, false);
  }
}
