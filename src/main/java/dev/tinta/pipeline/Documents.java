package dev.tinta.pipeline;

import dev.tinta.feeds.FeedSource;
import dev.tinta.feeds.SiteDocument;
import dev.tinta.model.OutputFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 9: the feeds, the sitemap and robots.txt, each with what it was made from.
 *
 * @param made in {@link SiteDocument#all()}'s order
 */
record Documents(List<Made<?>> made) {

  /** One document, the inputs it was made from and its file. */
  record Made<I>(SiteDocument<I> kind, I inputs, OutputFile file) {}

  Documents {
    made = List.copyOf(made);
  }

  static Documents make(FeedSource source, Reuse reuse) {
    List<Made<?>> made = new ArrayList<>();
    SiteDocument.all().forEach(d -> made.add(make(d, source, reuse)));
    return new Documents(made);
  }

  private static <I> Made<I> make(SiteDocument<I> kind, FeedSource source, Reuse reuse) {
    I inputs = kind.inputs(source);
    return reuse.document(kind, inputs, () -> new Made<>(kind, inputs, kind.write(inputs)));
  }

  List<OutputFile> files() {
    return made.stream().map(m -> m.file()).toList();
  }
}
