package dev.tinta.pipeline;

import dev.tinta.model.OutputFile;
import java.util.function.Consumer;

/**
 * Where the files of a build go as they are made, and whether the build keeps them for the next
 * one.
 *
 * @param sink receives every file, from many threads
 * @param retains whether the build's state keeps its pages and files for an incremental build; a
 *     one-off build lets them go once the sink has them
 */
record Output(Consumer<OutputFile> sink, boolean retains) {
  void accept(OutputFile file) {
    sink.accept(file);
  }
}
