package dev.tinta.pipeline;

import dev.tinta.comments.CommentStore;
import dev.tinta.content.ContentLoader;
import dev.tinta.model.Content;
import dev.tinta.parallel.Workers;
import dev.tinta.problem.Problem;
import dev.tinta.problem.SiteException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;

/**
 * Stage 2: everything read from {@code content/}: posts and pages, and the readers' comments.
 * Content and comments problems are reported together, so the user sees both at once.
 */
record Sources(Content content, CommentStore comments) {

  static Sources load(BuildOptions options, Settings settings, Reuse reuse, Workers workers) {
    List<Problem> problems = new ArrayList<>();
    // comments load beside the content: each has sequential parts the other's work can fill
    ForkJoinTask<CommentStore> comments =
        workers.start(
            () ->
                reuse.comments(
                    () ->
                        CommentStore.load(
                            options.siteDir(), settings.config().comments(), workers)));
    Content content = null;
    try {
      content =
          reuse.content(
              () ->
                  ContentLoader.load(
                      options.siteDir(), settings.config(), settings.entryLayouts(), workers),
              (previous, changed) ->
                  ContentLoader.reload(
                      options.siteDir(),
                      settings.config(),
                      settings.entryLayouts(),
                      previous,
                      changed,
                      workers));
    } catch (SiteException e) {
      problems.addAll(e.problems());
    }
    CommentStore store = null;
    try {
      store = comments.join();
    } catch (SiteException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      if (content != null) {
        problems.addAll(content.warnings()); // the user sees them with the comments' errors
      }
      throw new SiteException(problems);
    }
    return new Sources(content, store);
  }
}
