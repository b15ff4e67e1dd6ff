package dev.tinta.comments;

import dev.tinta.comments.CommentFileParser.Draft;
import dev.tinta.model.Comment;
import dev.tinta.problem.Problem;
import dev.tinta.problem.Problems;
import dev.tinta.yaml.YamlPosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks how the entries of one file refer to each other: ids are unique, each {@code parent} names
 * another entry of the file, and replies do not form a loop.
 */
final class ReplyCheck {
  private ReplyCheck() {}

  static void check(String file, List<Draft> drafts, Problems problems) {
    check(file, List.of(), drafts, problems);
  }

  /**
   * Checks {@code drafts} appended after {@code known}, entries of the same file that passed this
   * check before: the drafts' ids must be new, their parents may be known entries, and a loop can
   * only run through drafts. Allocates for the drafts only; the known entries are looked through
   * once.
   */
  static void check(String file, List<ParsedEntry> known, List<Draft> drafts, Problems problems) {
    Map<String, Comment> knownNamed = named(known, drafts);
    Map<String, Draft> byId = new HashMap<>();
    boolean unique = true;
    for (Draft d : drafts) {
      if (d.id().isEmpty()) {
        continue;
      }
      Comment old = knownNamed.get(d.id());
      Draft first = byId.putIfAbsent(d.id(), d);
      if (old != null || first != null) {
        unique = false;
        int line = old != null ? old.line() : first.at().line();
        problems.add(
            at(file, d.idAt(), "duplicate comment id '" + d.id() + "'")
                .withHint(
                    "ids must be unique in a file; '"
                        + d.id()
                        + "' is first used on line "
                        + line));
      }
    }
    boolean parentsFound = true;
    for (Draft d : drafts) {
      if (d.parent().isEmpty() || d.id().isEmpty()) {
        continue;
      }
      if (d.parent().equals(d.id())) {
        parentsFound = false;
        problems.add(at(file, d.at(), "comment '" + d.id() + "' replies to itself"));
      } else if (!byId.containsKey(d.parent()) && !knownNamed.containsKey(d.parent())) {
        parentsFound = false;
        problems.add(
            at(
                    file,
                    d.at(),
                    "parent '" + UntrustedText.line(d.parent()) + "' is not a comment in this file")
                .withHint("'parent' is the id of the comment this one replies to"));
      }
    }
    if (unique && parentsFound) {
      reportLoops(file, drafts, byId, problems);
    }
  }

  /** The known entries whose ids the drafts use as id or parent, found in one pass. */
  private static Map<String, Comment> named(List<ParsedEntry> known, List<Draft> drafts) {
    Set<String> names = new HashSet<>();
    for (Draft d : drafts) {
      names.add(d.id());
      names.add(d.parent());
    }
    Map<String, Comment> out = new HashMap<>();
    for (ParsedEntry e : known) {
      if (names.contains(e.comment().id())) {
        out.putIfAbsent(e.comment().id(), e.comment());
      }
    }
    return out;
  }

  /**
   * Follows each parent chain once (linear overall): a chain that meets itself is a loop. A chain
   * ends at a parent outside {@code byId} (a known entry, free of loops).
   */
  private static void reportLoops(
      String file, List<Draft> drafts, Map<String, Draft> byId, Problems problems) {
    Map<String, Integer> walk = new HashMap<>();
    int round = 0;
    for (Draft start : drafts) {
      round++;
      List<Draft> path = new ArrayList<>();
      Draft d = start;
      while (d != null && !d.id().isEmpty() && !walk.containsKey(d.id())) {
        walk.put(d.id(), round);
        path.add(d);
        d = d.parent().isEmpty() ? null : byId.get(d.parent());
      }
      if (d != null && walk.getOrDefault(d.id(), -1) == round) {
        problems.add(loop(file, path.subList(path.indexOf(d), path.size())));
      }
    }
  }

  private static Problem loop(String file, List<Draft> cycle) {
    Draft first = cycle.get(0);
    for (Draft d : cycle) {
      if (d.at().line() < first.at().line()) {
        first = d;
      }
    }
    StringBuilder names = new StringBuilder();
    int start = cycle.indexOf(first);
    for (int i = 0; i <= cycle.size(); i++) {
      names.append(i == 0 ? "" : " -> ").append(cycle.get((start + i) % cycle.size()).id());
    }
    return at(file, first.at(), "replies form a loop: " + names);
  }

  private static Problem at(String file, YamlPosition at, String message) {
    return Problem.at(file, at.line(), at.column(), message);
  }
}
