package dev.tinta.comments;

import dev.tinta.comments.CommentFileUpdater.Edit;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Adds comments brought from another blog ({@code tinta import}) to a post's comments file, in one
 * locked, atomic write. Entries keep the ids of their source, so importing again adds nothing: an
 * id already in the file is left as it is (with any moderation done since), and only new ids are
 * appended, parents before their replies. Every other byte of the file is kept.
 */
public final class CommentImport {

  /**
   * One imported comment; every text is untrusted.
   *
   * @param url the author's link, or empty
   * @param parent id of the comment this replies to (in the same batch or the file), or empty
   * @param body Markdown
   */
  public record Entry(
      String id,
      String author,
      String url,
      OffsetDateTime date,
      CommentStatus status,
      String parent,
      String body) {
    public Entry {
      Objects.requireNonNull(id);
      Objects.requireNonNull(author);
      Objects.requireNonNull(url);
      Objects.requireNonNull(date);
      Objects.requireNonNull(status);
      Objects.requireNonNull(parent);
      Objects.requireNonNull(body);
    }
  }

  /**
   * What an import does to one file.
   *
   * @param text the file's new text; empty when nothing changes
   * @param added the entries appended, in file order
   * @param kept entries whose id the file already had
   */
  public record Outcome(Optional<String> text, List<Entry> added, int kept) {
    public Outcome {
      added = List.copyOf(added);
    }
  }

  private final Path siteDir;
  private final CommentFileParser parser;
  private final CommentFileUpdater updater = new CommentFileUpdater();

  public CommentImport(Path siteDir, CommentSettings settings) {
    this.siteDir = siteDir;
    this.parser = new CommentFileParser(settings);
  }

  /** The comments file of a post, relative to the site. */
  public static String file(String slug) {
    return CommentFiles.relative(slug);
  }

  /**
   * What {@link #write} would do, without writing: the file's new text, checked by parsing it.
   *
   * @throws SiteException when the file or the new entries have mistakes
   */
  public Outcome plan(String slug, List<Entry> entries) {
    Path file = CommentFiles.file(siteDir, slug);
    return merge(CommentFiles.relative(slug), slug, CommentFiles.read(file, file(slug)), entries);
  }

  /**
   * Appends the entries whose ids are new to the post's comments file (created when missing), under
   * the file's lock, through a temp file that is forced to disk and renamed.
   *
   * @throws SiteException when the file or the new entries have mistakes, or on a write error
   */
  public Outcome write(String slug, List<Entry> entries) {
    Path file = CommentFiles.file(siteDir, slug);
    String name = CommentFiles.relative(slug);
    return updater.update(
        file,
        name,
        current -> {
          Outcome o = merge(name, slug, current, entries);
          return new Edit<>(o.text(), o);
        });
  }

  private Outcome merge(String name, String slug, Optional<String> current, List<Entry> entries) {
    String text = current.orElse("# comments for " + slug + " (imported)\n");
    ParsedFile parsed = parser.parse(name, slug, text);
    if (!parsed.ok()) {
      throw new SiteException(parsed.problems());
    }
    if (!parsed.layout().appendable()) {
      throw new SiteException(
          Problem.inFile(name, "cannot add to a comments file written as a [flow, list]")
              .withHint("write each comment as a block entry starting with '- id:'"));
    }
    Set<String> known = new HashSet<>();
    parsed.comments().forEach(c -> known.add(c.id()));
    List<Entry> fresh = new ArrayList<>();
    int kept = 0;
    for (Entry e : parentsFirst(entries)) {
      if (known.add(e.id())) {
        fresh.add(e);
      } else {
        kept++;
      }
    }
    if (fresh.isEmpty()) {
      return new Outcome(Optional.empty(), List.of(), kept);
    }
    String newline = TextEdits.newline(text);
    StringBuilder lines = new StringBuilder();
    for (Entry e : fresh) {
      lines.append(
          EntryWriter.lines(
              new EntryWriter.Entry(
                  e.id(), e.author(), e.url(), e.date(), e.status(), e.parent(), e.body(), ""),
              parsed.layout().indent(),
              newline));
    }
    String changed = TextEdits.withLines(text, lines.toString(), newline);
    ParsedFile check = parser.parse(name, slug, changed);
    if (!check.ok()) {
      throw new SiteException(check.problems());
    }
    if (check.entries().size() != parsed.entries().size() + fresh.size()) {
      throw new IllegalStateException("imported entries did not read back in " + name);
    }
    return new Outcome(Optional.of(changed), fresh, kept);
  }

  /** The entries in their order, except that a reply comes after the comment it answers. */
  private static List<Entry> parentsFirst(List<Entry> entries) {
    Map<String, Entry> byId = new LinkedHashMap<>();
    entries.forEach(e -> byId.putIfAbsent(e.id(), e));
    List<Entry> out = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (Entry e : byId.values()) {
      place(e, byId, placed, out, 0);
    }
    return out;
  }

  private static void place(
      Entry e, Map<String, Entry> byId, Set<String> placed, List<Entry> out, int depth) {
    if (placed.contains(e.id())) {
      return;
    }
    Entry parent = byId.get(e.parent());
    if (parent != null && depth < byId.size()) {
      place(parent, byId, placed, out, depth + 1);
    }
    if (placed.add(e.id())) {
      out.add(e);
    }
  }
}
