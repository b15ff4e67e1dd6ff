package dev.tinta.admin;

import dev.tinta.comments.CommentModerator;
import dev.tinta.comments.CommentRef;
import dev.tinta.intake.Http;
import dev.tinta.intake.ModerationListener;
import dev.tinta.model.CommentStatus;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The POSTs that change comments, each already past the origin and CSRF checks: {@code
 * /admin/c/{slug}/{id}/approve|reject|spam|delete|edit|reply}, {@code /admin/bulk} (a selection,
 * field {@code c} repeated) and {@code /admin/network} (every comment from one {@code ip_hash} as
 * spam). Each write goes through the moderator's lock and atomic rename; then the listener is told
 * and the browser is sent back (303) to the view in the {@code back} field, where a notice says
 * what happened.
 */
final class AdminActions {
  private static final Pattern ACTION =
      Pattern.compile(
          "/admin/c/([^/]+)/([A-Za-z0-9][A-Za-z0-9_-]{0,63})/(approve|reject|spam|delete|edit|reply)");
  private static final Pattern IP_HASH = Pattern.compile("[0-9a-f]{1,64}");

  /** More than this in one bulk action is refused: no page shows as many. */
  static final int MAX_BULK = 1000;

  private final CommentModerator moderator;
  private final AdminViews views;
  private final AdminPages pages;
  private final ModerationListener listener;
  private final Consumer<String> log;

  AdminActions(
      CommentModerator moderator,
      AdminViews views,
      AdminPages pages,
      ModerationListener listener,
      Consumer<String> log) {
    this.moderator = moderator;
    this.views = views;
    this.pages = pages;
    this.listener = listener;
    this.log = log;
  }

  void handle(
      String path, AdminForm form, Sessions.Session session, Response response, Callback callback) {
    CommentStatus back = CommentStatus.of(form.value("back")).orElse(CommentStatus.PENDING);
    Matcher m = ACTION.matcher(path);
    String notice;
    try {
      if (m.matches()) {
        notice = one(new CommentRef(m.group(1), m.group(2)), m.group(3), form);
      } else if (path.equals("/admin/bulk")) {
        notice = bulk(form);
      } else if (path.equals("/admin/network")) {
        notice = network(form);
      } else {
        Http.text(response, callback, 404, "not found");
        return;
      }
    } catch (SiteException e) {
      notice = describe(e);
    }
    session.tell(notice);
    Http.seeOther(response, callback, views.href(back));
  }

  private String one(CommentRef ref, String action, AdminForm form) {
    switch (action) {
      case "delete" -> {
        moderator.delete(ref);
        changed("deleted " + ref);
        return pages.text("admin_done_delete", 1);
      }
      case "edit" -> {
        moderator.editBody(ref, form.value("body"));
        changed("edited " + ref);
        return pages.text("admin_done_edit");
      }
      case "reply" -> {
        var reply = moderator.reply(ref, pages.ownerName(), form.value("body"));
        changed("replied to " + ref + " as " + reply.id());
        return pages.text("admin_done_reply");
      }
      default -> {
        return status(List.of(ref), target(action).orElseThrow());
      }
    }
  }

  /** The status an action word sets. */
  private static Optional<CommentStatus> target(String action) {
    return switch (action) {
      case "approve" -> Optional.of(CommentStatus.APPROVED);
      case "reject" -> Optional.of(CommentStatus.REJECTED);
      case "spam" -> Optional.of(CommentStatus.SPAM);
      default -> Optional.empty();
    };
  }

  private String bulk(AdminForm form) {
    Optional<CommentStatus> status = target(form.value("action"));
    List<CommentRef> refs = new ArrayList<>();
    for (String c : form.values("c")) {
      CommentRef.parse(c).ifPresent(refs::add);
    }
    if (status.isEmpty()) {
      throw new SiteException(Problem.inFile("admin", pages.text("admin_bad_action")));
    }
    if (refs.isEmpty()) {
      return pages.text("admin_none_selected");
    }
    if (refs.size() > MAX_BULK) {
      throw new SiteException(Problem.inFile("admin", pages.text("admin_bad_action")));
    }
    return status(refs, status.get());
  }

  private String network(AdminForm form) {
    String hash = form.value("ip_hash");
    if (!IP_HASH.matcher(hash).matches()) {
      throw new SiteException(Problem.inFile("admin", pages.text("admin_bad_action")));
    }
    List<CommentRef> refs = views.fromNetwork(hash);
    if (refs.isEmpty()) {
      return pages.text("admin_done_spam", 0);
    }
    return status(refs, CommentStatus.SPAM);
  }

  private String status(List<CommentRef> refs, CommentStatus status) {
    long n = moderator.setStatus(refs, status).stream().filter(c -> c.changed()).count();
    if (n > 0) {
      changed(
          status.word()
              + ": "
              + refs.stream().map(CommentRef::toString).collect(Collectors.joining(" ")));
    }
    return pages.text("admin_done_" + status.word(), n);
  }

  private void changed(String what) {
    log.accept("admin: " + what);
    listener.changed();
  }

  /** A refusal as one line for the page: the problems' messages, without file names. */
  static String describe(SiteException e) {
    return e.problems().stream().map(Problem::message).collect(Collectors.joining("; "));
  }
}
