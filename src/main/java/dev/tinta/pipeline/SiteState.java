package dev.tinta.pipeline;

import dev.tinta.model.OutputFile;
import dev.tinta.problem.Problem;
import java.util.List;

/**
 * Everything one build made, stage by stage; {@link IncrementalBuilder} keeps it so that the next
 * build can reuse what its changes did not touch ({@link Reuse}).
 *
 * @param pages the rendered pages with the jobs they came from (kept only for incremental builds)
 * @param files the whole site (kept only for incremental builds)
 * @param htmlPages how many HTML pages the site has
 * @param images what the site's images were found to be, for the next build
 * @param notes warnings of the output stage: a static file that replaced a file tinta makes (#11)
 */
record SiteState(
    Settings settings,
    Sources sources,
    SiteUrls urls,
    Bodies bodies,
    Listings listings,
    RenderedPages pages,
    Documents documents,
    List<OutputFile> files,
    int htmlPages,
    ImageMemo images,
    List<Problem> notes) {

  SiteState {
    files = List.copyOf(files);
    notes = List.copyOf(notes);
  }

  int posts() {
    return bodies.articles().size();
  }

  int tags() {
    return listings.byTag().size();
  }
}
