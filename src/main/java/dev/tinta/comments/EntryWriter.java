package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a new comment as the lines of one YAML list entry. Ids, dates and statuses have a safe
 * alphabet and are written plain; author and link are always double-quoted with escapes; the body
 * is a literal block when it can be one exactly, else double-quoted.
 */
final class EntryWriter {
  private EntryWriter() {}

  /** A new entry's values; {@code url}, {@code parent} and {@code ipHash} may be empty. */
  record Entry(
      String id,
      String author,
      String url,
      OffsetDateTime date,
      CommentStatus status,
      String parent,
      String body,
      String ipHash,
      boolean owner) {

    /** A reader's entry. */
    Entry(
        String id,
        String author,
        String url,
        OffsetDateTime date,
        CommentStatus status,
        String parent,
        String body,
        String ipHash) {
      this(id, author, url, date, status, parent, body, ipHash, false);
    }

    /** The entry of a comment as it reads now, to write it again (with another body). */
    static Entry of(Comment c) {
      return new Entry(
          c.id(),
          c.author(),
          c.url(),
          c.date().toOffsetDateTime(),
          c.status(),
          c.parent(),
          c.body(),
          c.ipHash(),
          c.owner());
    }

    Entry withId(String newId) {
      return new Entry(newId, author, url, date, status, parent, body, ipHash, owner);
    }

    Entry withBody(String newBody) {
      return new Entry(id, author, url, date, status, parent, newBody, ipHash, owner);
    }

    /** The comment this entry must read back as (its line is not known before writing). */
    Comment comment(String slug, String file) {
      return new Comment(
          slug,
          id,
          author,
          url,
          date.toZonedDateTime(),
          status,
          parent,
          body,
          file,
          0,
          ipHash,
          owner);
    }
  }

  /** The entry's lines, each ending in {@code newline}, with its dash at column {@code indent}. */
  static String lines(Entry e, int indent, String newline) {
    String pad = " ".repeat(indent);
    String field = pad + "  ";
    StringBuilder out = new StringBuilder();
    out.append(pad).append("- id: ").append(e.id()).append(newline);
    out.append(field).append("author: ").append(quoted(e.author())).append(newline);
    if (!e.url().isEmpty()) {
      out.append(field).append("url: ").append(quoted(e.url())).append(newline);
    }
    out.append(field)
        .append("date: ")
        .append(e.date().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .append(newline);
    out.append(field).append("status: ").append(e.status().word()).append(newline);
    if (!e.parent().isEmpty()) {
      out.append(field).append("parent: ").append(e.parent()).append(newline);
    }
    if (!e.ipHash().isEmpty()) {
      out.append(field).append("ip_hash: ").append(quoted(e.ipHash())).append(newline);
    }
    if (e.owner()) {
      out.append(field).append("owner: true").append(newline);
    }
    out.append(field).append("body: ");
    if (literalSafe(e.body())) {
      out.append('|').append(newline);
      String content = e.body().substring(0, e.body().length() - 1);
      for (String line : content.split("\n", -1)) {
        out.append(line.isEmpty() ? "" : field + "  " + line).append(newline);
      }
    } else {
      out.append(quoted(e.body())).append(newline);
    }
    return out.toString();
  }

  /**
   * True when a literal block with clip chomping reads back as exactly {@code body}: it ends in one
   * line break, holds only printable characters, tabs and {@code \n}, and its first line starts
   * with a visible character (YAML detects the block's indentation from it).
   */
  static boolean literalSafe(String body) {
    if (!body.endsWith("\n") || body.endsWith("\n\n") || body.isBlank()) {
      return false;
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\n' && c != '\t' && !printable(c)) {
        return false;
      }
    }
    char lead = body.charAt(0);
    return lead != ' ' && lead != '\t' && lead != '\n';
  }

  /** A YAML double-quoted scalar: reads back as exactly {@code text}. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (printable(c) || Character.isSurrogate(c)) {
            out.append(c);
          } else {
            out.append(String.format("\\u%04X", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** YAML 1.2 §5.1 printable characters, minus NEL, line separators and the byte-order mark. */
  private static boolean printable(char c) {
    return (c >= 0x20 && c <= 0x7E)
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || Character.isSurrogate(c);
  }
}
