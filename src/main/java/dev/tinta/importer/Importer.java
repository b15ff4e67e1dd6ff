package dev.tinta.importer;

import dev.tinta.problem.SiteException;

/** Reads one kind of export or blog folder into an {@link ImportResult}; writes nothing. */
public interface Importer {
  /**
   * Reads {@code request.input()}.
   *
   * @throws SiteException for malformed input, with the line and column where it is wrong
   */
  ImportResult read(ImportRequest request);
}
