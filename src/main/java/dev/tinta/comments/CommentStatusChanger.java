package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Edit;
import dev.tinta.model.Comment;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Changes the status of comments in place: only the characters of each status value change, in one
 * locked, atomic write per file; see {@link CommentModerator#setStatus}.
 */
final class CommentStatusChanger {
  private final Path siteDir;
  private final CommentFileParser parser;
  private final CommentFileUpdater updater;

  CommentStatusChanger(Path siteDir, CommentFileParser parser, CommentFileUpdater updater) {
    this.siteDir = siteDir;
    this.parser = parser;
    this.updater = updater;
  }

  List<StatusChange> set(List<CommentRef> refs, CommentStatus status) {
    Map<String, Set<String>> idsByPost = new TreeMap<>();
    for (CommentRef ref : refs) {
      idsByPost.computeIfAbsent(ref.postSlug(), k -> new LinkedHashSet<>()).add(ref.id());
    }
    List<Problem> problems = new ArrayList<>();
    idsByPost.forEach((slug, ids) -> problems.addAll(check(slug, ids)));
    if (!problems.isEmpty()) {
      throw new SiteException(problems);
    }
    Map<CommentRef, StatusChange> changes = new LinkedHashMap<>();
    idsByPost.forEach(
        (slug, ids) -> {
          String name = CommentFiles.relative(slug);
          Path file = CommentFiles.file(siteDir, slug);
          updater
              .update(file, name, text -> changeStatus(name, slug, text, ids, status))
              .forEach(c -> changes.put(c.ref(), c));
        });
    return refs.stream().distinct().map(changes::get).toList();
  }

  /** Problems that stop a status change in one file, checked before taking any lock. */
  private List<Problem> check(String slug, Set<String> ids) {
    try {
      String name = CommentFiles.relative(slug);
      Optional<String> text = CommentFiles.read(CommentFiles.file(siteDir, slug), name);
      if (text.isEmpty()) {
        return List.of(Problem.inFile(name, "no comments file for post '" + slug + "'"));
      }
      ParsedFile parsed = parser.parse(name, slug, text.get());
      if (!parsed.ok()) {
        return parsed.problems();
      }
      return missing(parsed, ids);
    } catch (SiteException e) {
      return e.problems();
    }
  }

  private static List<Problem> missing(ParsedFile parsed, Set<String> ids) {
    List<Problem> out = new ArrayList<>();
    for (String id : ids) {
      if (parsed.entry(id).isEmpty()) {
        out.add(
            Problem.inFile(parsed.file(), "no comment with id '" + UntrustedText.line(id) + "'"));
      }
    }
    return out;
  }

  private Edit<List<StatusChange>> changeStatus(
      String name, String slug, Optional<String> current, Set<String> ids, CommentStatus status) {
    String text =
        current.orElseThrow(
            () ->
                new SiteException(
                    Problem.inFile(name, "no comments file for post '" + slug + "'")));
    ParsedFile parsed = parser.parse(name, slug, text);
    if (!parsed.ok()) {
      throw new SiteException(parsed.problems());
    }
    List<Problem> missing = missing(parsed, ids);
    if (!missing.isEmpty()) {
      throw new SiteException(missing);
    }
    List<StatusChange> changes = new ArrayList<>();
    List<ParsedEntry> edits = new ArrayList<>();
    for (String id : ids) {
      ParsedEntry entry = parsed.entry(id).orElseThrow();
      changes.add(new StatusChange(new CommentRef(slug, id), entry.comment().status(), status));
      if (entry.comment().status() != status) {
        if (!entry.status().editable()) {
          throw new SiteException(
              new Problem(
                  name,
                  entry.status().line() + 1,
                  entry.status().startColumn() + 1,
                  "cannot change this status in place",
                  "write it on one line: status: pending"));
        }
        edits.add(entry);
      }
    }
    if (edits.isEmpty()) {
      return new Edit<>(Optional.empty(), changes);
    }
    // right to left, so earlier offsets stay valid even when two entries share a line
    edits.sort(
        Comparator.comparingInt((ParsedEntry e) -> e.status().line())
            .thenComparingInt(e -> e.status().startColumn())
            .reversed());
    String changed = text;
    for (ParsedEntry e : edits) {
      changed = TextEdits.withStatus(changed, e.status(), status);
    }
    List<Comment> expected = new ArrayList<>();
    for (Comment c : parsed.comments()) {
      expected.add(ids.contains(c.id()) ? EditCheck.withStatus(c, status) : c);
    }
    EditCheck.verify(parser, name, slug, changed, expected);
    return new Edit<>(Optional.of(changed), changes);
  }
}
