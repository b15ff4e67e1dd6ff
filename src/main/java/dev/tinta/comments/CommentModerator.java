package dev.tinta.comments;

import dev.tinta.model.Comment;
import dev.tinta.model.CommentSettings;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.SiteException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moderation of comment files: list, change status, add. Writes keep every other byte of the file
 * (YAML comments included), happen under an exclusive lock and replace the file atomically; a file
 * with any problem is never rewritten. The parse of each of a few files is kept while the file
 * holds exactly the bytes parsed ({@link ParsedFileCache}), so a server adding and looking up
 * comments of a busy post does not parse its file again for each.
 */
public final class CommentModerator {
  private static final Comparator<CommentRow> LIST_ORDER =
      Comparator.comparing(CommentRow::postSlug)
          .thenComparing(r -> r.date().toInstant())
          .thenComparing(CommentRow::id);

  /** Files whose parse is kept: the busy posts of a comment server. */
  private static final int CACHED_FILES = 16;

  private final Path siteDir;
  private final CommentSettings settings;
  private final ParsedFileCache files;
  private final CommentStatusChanger statuses;
  private final CommentAdder adder;
  private final CommentPurger purger;
  private final CommentEditor editor;
  private final Clock clock;

  /**
   * A moderator for the site in {@code siteDir}.
   *
   * @param clock gives the date of added comments
   */
  public CommentModerator(Path siteDir, CommentSettings settings, Clock clock) {
    this(siteDir, settings, clock, new CommentFileUpdater());
  }

  CommentModerator(
      Path siteDir, CommentSettings settings, Clock clock, CommentFileUpdater updater) {
    CommentFileParser parser = new CommentFileParser(settings);
    this.siteDir = siteDir;
    this.settings = settings;
    this.files = new ParsedFileCache(parser, CACHED_FILES);
    this.statuses = new CommentStatusChanger(siteDir, parser, updater);
    this.adder = new CommentAdder(siteDir, settings, clock, parser, updater, files);
    this.purger = new CommentPurger(parser, updater);
    this.editor = new CommentEditor(siteDir, settings, parser, updater);
    this.clock = clock;
  }

  /**
   * Comments of every status, optionally only one status or one post, sorted by post, date and id.
   *
   * @throws SiteException when any comments file has problems
   */
  public List<CommentRow> list(Optional<CommentStatus> status, Optional<String> postSlug) {
    return CommentStore.load(siteDir, settings).all().stream()
        .filter(c -> status.isEmpty() || c.status() == status.get())
        .filter(c -> postSlug.isEmpty() || c.postSlug().equals(postSlug.get()))
        .map(CommentRow::of)
        .sorted(LIST_ORDER)
        .toList();
  }

  /**
   * Every comment of every post, any status, by post and in file order.
   *
   * @throws SiteException when any comments file has problems
   */
  public List<Comment> all() {
    return CommentStore.load(siteDir, settings).all();
  }

  /**
   * Sets the status of each named comment, one locked write per file; comments that already have it
   * are reported unchanged. Nothing is written unless every name exists and every file involved is
   * free of problems.
   *
   * @return one change per distinct ref, in the order given
   * @throws SiteException naming each missing comment or file problem
   */
  public List<StatusChange> setStatus(List<CommentRef> refs, CommentStatus status) {
    return statuses.set(refs, status);
  }

  /**
   * Appends a new pending comment with the next free id {@code cN} and the clock's current time (to
   * the second), creating the file if needed. The post must exist: either it already has a comments
   * file, or {@code content/posts/<slug>.md} or {@code content/posts/<slug>/index.md} exists. The
   * author is cleaned like a loaded one; the body gets Unix line breaks, loses leading blank lines
   * and trailing white space, and ends in one line break.
   *
   * @return the comment as it now reads from the file
   * @throws SiteException for invalid fields, an unknown post or parent, or a file with problems
   */
  public Comment add(NewComment draft) {
    return adder.add(draft);
  }

  /**
   * Appends new comments to one post's file in a single locked, atomic write (one fsync for all):
   * what a server taking many comments at once needs. Each draft is checked as {@link #add} checks
   * it; a refused draft does not stop the others.
   *
   * @return one outcome per draft, in order
   * @throws SiteException when the file has problems or cannot be read or written; nothing was
   *     written then
   */
  public List<AddOutcome> addAll(String postSlug, List<NewComment> drafts) {
    return adder.addAll(postSlug, drafts);
  }

  /**
   * Deletes one comment for good: its entry's lines go, every other byte of the file stays, in one
   * locked, atomic write. A comment that has replies is refused, so no reply loses its parent.
   *
   * @return the comment as it read before
   * @throws SiteException for an unknown comment, one with replies, or a file with problems
   */
  public Comment delete(CommentRef ref) {
    return editor.delete(ref);
  }

  /**
   * Replaces the body of one comment (the owner fixing a typo), keeping its other fields; the entry
   * is written again in tinta's own layout, the rest of the file stays byte for byte.
   *
   * @return the comment as it read before
   * @throws SiteException for an unknown comment, an empty or too long body, or a file with
   *     problems
   */
  public Comment editBody(CommentRef ref, String body) {
    return editor.editBody(ref, body);
  }

  /**
   * Adds the blog owner's reply to a comment: approved at once (it is the owner's own word) and
   * marked {@code owner: true}, so the site shows it as the author's.
   *
   * @param author the name shown, normally the site's {@code author.name}
   * @return the reply as it now reads from the file
   * @throws SiteException for invalid fields, an unknown parent, or a file with problems
   */
  public Comment reply(CommentRef parent, String author, String body) {
    return adder.addOwnerReply(parent.postSlug(), parent.id(), author, body);
  }

  /**
   * Every comment of one post, any status, in file order; empty when the post has no comments file.
   *
   * @throws SiteException when the file has problems or the slug is not a file name
   */
  public List<Comment> comments(String postSlug) {
    return parsed(postSlug).map(ParsedFile::comments).orElse(List.of());
  }

  /**
   * One comment of a post, any status; empty when the post has no such comment (or no file).
   *
   * @throws SiteException when the file has problems or the slug is not a file name
   */
  public Optional<Comment> comment(CommentRef ref) {
    return parsed(ref.postSlug()).flatMap(p -> p.entry(ref.id())).map(ParsedEntry::comment);
  }

  private Optional<ParsedFile> parsed(String postSlug) {
    String name = CommentFiles.relative(postSlug);
    Optional<FileSnapshot> file = files.read(CommentFiles.file(siteDir, postSlug), name, postSlug);
    if (file.isPresent() && !file.get().parsed().ok()) {
      throw new SiteException(file.get().parsed().problems());
    }
    return file.map(FileSnapshot::parsed);
  }

  /**
   * Deletes every comment of {@code status} dated more than {@code olderThan} before the clock's
   * now, one locked write per file; a comment with a reply that stays is kept. Nothing is written
   * unless every comments file is free of problems.
   *
   * @return the deleted comments, by post and in file order
   * @throws SiteException when any comments file has problems
   */
  public List<CommentRef> purge(CommentStatus status, java.time.Duration olderThan) {
    java.time.Instant before = clock.instant().minus(olderThan);
    List<CommentRef> out = new ArrayList<>();
    Set<String> slugs = new java.util.TreeSet<>();
    for (Comment c : CommentStore.load(siteDir, settings).all()) {
      if (c.status() == status && c.date().toInstant().isBefore(before)) {
        slugs.add(c.postSlug());
      }
    }
    for (String slug : slugs) {
      for (String id : purger.purge(siteDir, slug, status, before)) {
        out.add(new CommentRef(slug, id));
      }
    }
    return List.copyOf(out);
  }
}
