package dev.tinta.cli;

import dev.tinta.comments.CommentRow;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Lays out moderation rows as a plain-text table, columns two spaces apart. */
final class CommentsTable {
  static final int AUTHOR_WIDTH = 24;
  static final int TEXT_WIDTH = 50;

  private CommentsTable() {}

  /** The table, then a count line; only the count when there are no rows. */
  static String format(List<CommentRow> rows) {
    List<String[]> cells = new ArrayList<>();
    cells.add(new String[] {"POST", "ID", "AUTHOR", "DATE", "STATUS", "COMMENT"});
    for (CommentRow r : rows) {
      cells.add(
          new String[] {
            r.postSlug(),
            r.id(),
            truncate(r.author(), AUTHOR_WIDTH),
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.date()),
            r.status().word(),
            truncate(r.firstLine(), TEXT_WIDTH)
          });
    }
    StringBuilder out = new StringBuilder();
    if (!rows.isEmpty()) {
      int[] widths = new int[cells.get(0).length];
      for (String[] row : cells) {
        for (int i = 0; i < row.length; i++) {
          widths[i] = Math.max(widths[i], length(row[i]));
        }
      }
      for (String[] row : cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
          line.append(row[i]);
          if (i < row.length - 1) {
            line.append(" ".repeat(widths[i] - length(row[i]) + 2));
          }
        }
        out.append(line.toString().stripTrailing()).append('\n');
      }
    }
    out.append(rows.size()).append(rows.size() == 1 ? " comment" : " comments").append('\n');
    return out.toString();
  }

  /** At most {@code max} code points, ending in an ellipsis when cut. */
  static String truncate(String text, int max) {
    if (length(text) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
