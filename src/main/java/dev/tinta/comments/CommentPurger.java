package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Edit;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Deletes old comments of one status (spam, usually) from one comments file: each entry's lines go,
 * every other byte stays. An entry that still has replies which stay is kept, so no reply loses its
 * parent.
 */
final class CommentPurger {
  private final CommentFileParser parser;
  private final CommentFileUpdater updater;

  CommentPurger(CommentFileParser parser, CommentFileUpdater updater) {
    this.parser = parser;
    this.updater = updater;
  }

  /** Purges the file of {@code slug}; returns the ids deleted, in file order. */
  List<String> purge(Path siteDir, String slug, CommentStatus status, Instant before) {
    Path file = CommentFiles.file(siteDir, slug);
    String name = CommentFiles.relative(slug);
    return updater.update(file, name, text -> remove(name, slug, text, status, before));
  }

  private Edit<List<String>> remove(
      String name, String slug, Optional<String> current, CommentStatus status, Instant before) {
    if (current.isEmpty()) {
      return new Edit<>(Optional.empty(), List.of());
    }
    String text = current.get();
    ParsedFile parsed = parser.parse(name, slug, text);
    if (!parsed.ok()) {
      throw new SiteException(parsed.problems());
    }
    Set<String> doomed = new HashSet<>();
    for (Comment c : parsed.comments()) {
      if (c.status() == status && c.date().toInstant().isBefore(before)) {
        doomed.add(c.id());
      }
    }
    // keep a comment whose reply stays; repeat, as keeping one may keep its own parent
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Comment c : parsed.comments()) {
        if (!doomed.contains(c.id()) && doomed.remove(c.parent())) {
          changed = true;
        }
      }
    }
    if (doomed.isEmpty()) {
      return new Edit<>(Optional.empty(), List.of());
    }
    if (!parsed.layout().appendable()) {
      throw new SiteException(
          Problem.inFile(name, "cannot delete from a comments file written as a [flow, list]")
              .withHint("write each comment as a block entry starting with '- id:'"));
    }
    List<String> lines = TextEdits.lines(text);
    List<Comment> comments = parsed.comments();
    boolean[] drop = new boolean[lines.size()];
    int indent = parsed.layout().indent();
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      if (!doomed.contains(c.id())) {
        continue;
      }
      int[] range = entryLines(lines, comments, i, indent);
      for (int l = range[0]; l < range[1]; l++) {
        drop[l] = true;
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int l = 0; l < lines.size(); l++) {
      if (!drop[l]) {
        out.append(lines.get(l));
      }
    }
    List<Comment> expected = comments.stream().filter(c -> !doomed.contains(c.id())).toList();
    EditCheck.verifyIgnoringLines(parser, name, slug, out.toString(), expected);
    List<String> ids = comments.stream().map(Comment::id).filter(doomed::contains).toList();
    return new Edit<>(Optional.of(out.toString()), new ArrayList<>(ids));
  }

  /**
   * The 0-based lines {@code [start, end)} of the {@code i}th entry of a block list: from its dash
   * to the next entry's, less the YAML comment and blank lines at its end (they belong to what
   * follows).
   */
  static int[] entryLines(List<String> lines, List<Comment> comments, int i, int indent) {
    int start = dashLine(lines, comments.get(i).line() - 1, indent);
    int end =
        i + 1 < comments.size()
            ? dashLine(lines, comments.get(i + 1).line() - 1, indent)
            : lines.size();
    while (end > start + 1 && keptAtEnd(lines.get(end - 1), indent)) {
      end--;
    }
    return new int[] {start, end};
  }

  /** The line of the entry's dash: its mapping's first line, or a line above holding only "-". */
  private static int dashLine(List<String> lines, int mappingLine, int indent) {
    for (int l = mappingLine; l >= 0; l--) {
      String line = lines.get(l);
      if (line.length() > indent
          && line.charAt(indent) == '-'
          && line.substring(0, indent).isBlank()) {
        return l;
      }
    }
    throw new IllegalStateException("no dash above line " + (mappingLine + 1));
  }

  private static boolean keptAtEnd(String line, int indent) {
    String content = line.strip();
    if (content.isEmpty()) {
      return true;
    }
    int lead = line.indexOf(content.charAt(0));
    return content.startsWith("#") && lead <= indent;
  }
}
