package dev.tinta.comments;

/**
 * How a comments file writes its top-level list, which decides whether and how a new entry can be
 * appended as plain lines.
 *
 * @param appendable true for a block list ({@code - id: ...}) or an empty file
 * @param indent column of the list's dashes
 */
record ListLayout(boolean appendable, int indent) {

  static ListLayout block(int indent) {
    return new ListLayout(true, indent);
  }

  static ListLayout flow() {
    return new ListLayout(false, 0);
  }
}
